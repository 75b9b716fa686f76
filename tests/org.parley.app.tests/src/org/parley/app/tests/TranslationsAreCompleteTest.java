package org.parley.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text file of every bundle exists in English, Russian, Romanian and Polish with the same keys, and the
 * translations are escaped as Equinox reads them (ISO-8859-1). Reads the source tree ({@code -Dparley.repo}).
 */
class TranslationsAreCompleteTest {

    private static final List<String> LANGUAGES = List.of("ru", "ro", "pl");

    @Test
    void everyTextIsTranslatedIntoEveryLanguage() throws IOException {
        String repo = System.getProperty("parley.repo");
        assertTrue(repo != null && !repo.isBlank(), "-Dparley.repo names the source tree");
        List<Path> english = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Paths.get(repo, "bundles"))) {
            files.filter(p -> p.getParent().endsWith(Paths.get("OSGI-INF", "l10n")))
                    .filter(p -> p.getFileName().toString().matches("[a-z]+\\.properties"))
                    .filter(p -> !p.toString().contains("/target/")).forEach(english::add);
        }
        assertFalse(english.isEmpty(), "text files found under " + repo);
        List<String> problems = new ArrayList<>();
        for (Path en : english) {
            TreeSet<String> keys = keys(en);
            for (String language : LANGUAGES) {
                String name = en.getFileName().toString().replace(".properties", "_" + language + ".properties");
                Path translated = en.resolveSibling(name);
                if (!Files.exists(translated)) {
                    problems.add(translated + " is missing");
                    continue;
                }
                if (Files.readAllBytes(translated).length != Files.readString(translated,
                        java.nio.charset.StandardCharsets.ISO_8859_1).chars().filter(c -> c < 128).count()) {
                    problems.add(translated + " has characters that are not \\u-escaped");
                }
                TreeSet<String> missing = new TreeSet<>(keys);
                missing.removeAll(keys(translated));
                TreeSet<String> extra = keys(translated);
                extra.removeAll(keys);
                if (!missing.isEmpty() || !extra.isEmpty()) {
                    problems.add(translated + ": missing " + missing + ", not in English " + extra);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static TreeSet<String> keys(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
