package org.parley.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.parley.cli.ParleyCommandLine;
import org.parley.core.model.CaseStatus;
import org.parley.core.service.CaseQuery;
import org.parley.core.service.CaseRow;
import org.parley.core.service.CaseService;
import org.parley.core.service.CaseSort;

/**
 * A harness, not a test: fills a database with {@code parley.bench.cases} demo cases through
 * {@code parley-cli demo-data} and times the queries the case navigator and editor make, through the same
 * OSGi services the workbench uses. Each query runs once cold, then five times at neighbouring offsets (so
 * the database's result cache does not answer). Results go to {@code target/benchmark-results.md}.
 */
class NavigatorBenchmark {

    private static final int PAGE = 200;

    @Test
    void navigatorQueriesOnGeneratedCases() throws Exception {
        int cases = Integer.getInteger("parley.bench.cases", 1_000_000);
        String dbProperty = System.getProperty("parley.bench.db", "");
        Path dir = dbProperty.isBlank() ? Files.createTempDirectory("parley-bench-") : Paths.get(dbProperty);
        String url = System.getProperty("parley.bench.url", "");
        if (url.isBlank()) {
            System.setProperty("parley.db.url", "jdbc:h2:file:" + dir.resolve("parley").toAbsolutePath());
            System.setProperty("parley.db.user", "sa");
        } else {
            // a PostgreSQL database (or any URL the store accepts) instead of the embedded H2
            System.setProperty("parley.db.url", url);
            System.setProperty("parley.db.user", System.getProperty("parley.bench.user", "parley"));
            System.setProperty("parley.db.password", System.getProperty("parley.bench.password", "parley"));
        }
        System.setProperty("parley.user", "bench.admin");
        BundleContext context = FrameworkUtil.getBundle(NavigatorBenchmark.class).getBundleContext();
        CaseService service = Measurements.service(context, CaseService.class);

        List<String> report = new ArrayList<>();
        report.add("| measurement | cold | warm median | warm max |");
        report.add("|---|---|---|---|");
        long existing = service.count(CaseQuery.all());
        if (existing < cases) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            long t0 = System.nanoTime();
            int exit = new ParleyCommandLine(context, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), false)
                    .run("demo-data", "--cases", Integer.toString((int) (cases - existing)), "--seed", "7");
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
            report.add(String.format(Locale.ROOT, "| demo-data, %,d cases (with clients, interactions, commitments) | %.1f s (%,.0f cases/s) | | |",
                    cases - existing, seconds, (cases - existing) / seconds));
        }
        long total = service.count(CaseQuery.all());
        CaseQuery all = CaseQuery.all();
        report.add(Measurements.time("count all cases", () -> (int) service.count(all), i -> (int) service.count(all)));
        report.add(Measurements.time("first page, newest first", () -> page(service, all, 0), i -> page(service, all, i * PAGE)));
        long middle = total / 2;
        report.add(Measurements.time("page in the middle (offset " + middle + ")", () -> page(service, all, middle),
                i -> page(service, all, middle + i * PAGE)));
        report.add(Measurements.time("last page", () -> page(service, all, total - PAGE), i -> page(service, all, total - PAGE - i * PAGE)));
        CaseQuery byClient = all.sortedBy(CaseSort.CLIENT, false);
        report.add(Measurements.time("sorted by client, first page", () -> page(service, byClient, 0), i -> page(service, byClient, i * PAGE)));
        CaseQuery byTitle = all.sortedBy(CaseSort.TITLE, false);
        report.add(Measurements.time("sorted by title, page in the middle", () -> page(service, byTitle, middle),
                i -> page(service, byTitle, middle + i * PAGE)));
        CaseQuery open = all.withStatuses(Set.of(CaseStatus.NEW, CaseStatus.ACKNOWLEDGED));
        report.add(Measurements.time("status filter (NEW, ACKNOWLEDGED): count", () -> (int) service.count(open), i -> (int) service.count(open)));
        report.add(Measurements.time("status filter: first page", () -> page(service, open, 0), i -> page(service, open, i * PAGE)));
        String[] words = { "delivery", "refund", "invoice", "rude", "broken", "late" };
        report.add(Measurements.time("text filter: count", () -> (int) service.count(all.withText("delivery")),
                i -> (int) service.count(all.withText(words[i % words.length]))));
        report.add(Measurements.time("text filter: first page", () -> page(service, all.withText("delivery"), 0),
                i -> page(service, all.withText(words[i % words.length]), 0)));
        List<CaseRow> sample = service.list(all, (int) middle, 10);
        report.add(Measurements.time("open a case (case, timeline, commitments)", () -> open(service, sample.get(0).id()),
                i -> open(service, sample.get(i).id())));
        System.gc();
        Runtime rt = Runtime.getRuntime();
        report.add(String.format(Locale.ROOT, "| heap in use after the run (after GC) | %,d MB | | |",
                (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024)));

        String header = String.format(Locale.ROOT, "%s, %,d cases, JDK %s, %d cores%n%n",
                url.isBlank() ? "H2 2.3.232 embedded in " + dir : url, total, System.getProperty("java.version"),
                rt.availableProcessors());
        String result = header + String.join("\n", report) + "\n";
        Measurements.report(result, false);
    }

    private static int page(CaseService service, CaseQuery query, long offset) {
        List<CaseRow> rows = service.list(query, (int) Math.max(0, offset), PAGE);
        return rows.size();
    }

    private static int open(CaseService service, long id) {
        return service.find(id).map(c -> service.interactions(id).size() + service.commitments(id).size()).orElse(-1);
    }

}
