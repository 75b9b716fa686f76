package org.parley.benchmarks;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.parley.core.model.Language;
import org.parley.script.ToneCheck;

/**
 * A harness, not a test: how long the tone check takes on messages of growing length in each language, as it
 * runs on every pause in typing. Results are appended to {@code target/benchmark-results.md}.
 */
class ToneCheckBenchmark {

    private static final String[] SENTENCES = {
        "Thank you for telling us about the delay. I am sorry it happened, and I will call you back by 3 pm. ",
        "Спасибо, что сообщили о задержке. Мне очень жаль; я перезвоню вам до 15:00. ",
        "Vă mulțumim că ne-ați anunțat întârzierea. Îmi pare rău; vă sun înapoi până la ora 15. ",
        "Dziękujemy za informację o opóźnieniu. Przykro mi; oddzwonię do 15:00. " };

    @Test
    void toneCheckOnLongMessages() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(ToneCheckBenchmark.class).getBundleContext();
        ServiceTracker<ToneCheck, ToneCheck> tracker = new ServiceTracker<>(context, ToneCheck.class, null);
        tracker.open();
        ToneCheck check = tracker.waitForService(30_000);
        assertNotNull(check);
        StringBuilder report = new StringBuilder("\n| tone check, message length | language | median | max of 50 |\n|---|---|---|---|\n");
        for (int chars : new int[] { 1_000, 10_000, 20_000 }) {
            for (Language l : Language.values()) {
                String sentence = SENTENCES[l.ordinal()];
                String text = sentence.repeat(chars / sentence.length() + 1).substring(0, chars);
                for (int i = 0; i < 200; i++) {
                    check.check(text, l); // warm-up, as after the first keystrokes
                }
                double[] runs = new double[50];
                for (int i = 0; i < runs.length; i++) {
                    long t = System.nanoTime();
                    check.check(text, l);
                    runs[i] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(runs);
                report.append(String.format(Locale.ROOT, "| %,d characters | %s | %.2f ms | %.2f ms |%n", chars, l.code(),
                        runs[25], runs[49]));
            }
        }
        System.out.println(report);
        Path target = Paths.get(System.getProperty("parley.repo", "."), "benchmarks", "org.parley.benchmarks", "target",
                "benchmark-results.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, report.toString(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
