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
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Parley's public API as a plug-in author meets it, read from the source tree ({@code -Dparley.repo}): every
 * exported package is either versioned API or marked internal, every public type of the API has Javadoc, and the
 * sample company plug-in in {@code examples/} imports nothing but versioned API packages.
 */
class PublicApiTest {

    /** One clause of Export-Package or Import-Package: the package and its attributes and directives. */
    private record Clause(String name, String attributes) {
        boolean internal() {
            return attributes.contains("x-internal:=true") || attributes.contains("x-friends:=");
        }

        boolean versioned() {
            return attributes.matches("(?s).*;\\s*version=\"?[\\[(]?[0-9].*");
        }
    }

    @Test
    void everyExportedPackageIsVersionedApiOrInternal() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<Clause>> bundle : exports().entrySet()) {
            for (Clause c : bundle.getValue()) {
                if (c.name().contains(".internal") && !c.internal()) {
                    problems.add(bundle.getKey() + ": " + c.name() + " is internal by name but exported as API");
                }
                if (!c.internal() && !c.versioned()) {
                    problems.add(bundle.getKey() + ": " + c.name() + " is exported without a version");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPublicTypeOfTheApiHasJavadoc() throws IOException {
        Pattern type = Pattern.compile("^public\\s+(?:(?:final|abstract|sealed|non-sealed)\\s+)*"
                + "(?:class|interface|record|enum|@interface)\\s", Pattern.MULTILINE);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, List<Clause>> bundle : exports().entrySet()) {
            for (Clause c : bundle.getValue()) {
                if (c.internal()) {
                    continue;
                }
                Path folder = repo().resolve("bundles").resolve(bundle.getKey()).resolve("src")
                        .resolve(c.name().replace('.', '/'));
                assertTrue(Files.isDirectory(folder), folder + " holds the exported package " + c.name());
                assertTrue(Files.exists(folder.resolve("package-info.java")),
                        c.name() + " has a package-info.java with its documentation");
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".java"))
                            .filter(p -> !p.getFileName().toString().equals("package-info.java")).toList()) {
                        String source = Files.readString(f);
                        Matcher m = type.matcher(source);
                        if (!m.find()) {
                            continue;
                        }
                        checked++;
                        String before = source.substring(0, m.start()).replaceAll("(\\n@[^\\n]*)+\\s*$", "").strip();
                        if (!before.endsWith("*/")) {
                            problems.add(c.name() + "." + f.getFileName() + " has no Javadoc");
                        }
                    }
                }
            }
        }
        assertTrue(checked > 100, "the API's public types were found (" + checked + ")");
        assertEquals(List.of(), problems);
    }

    @Test
    void theSamplePluginUsesOnlyVersionedApi() throws IOException {
        Map<String, Clause> api = new TreeMap<>();
        Map<String, Clause> internal = new TreeMap<>();
        exports().values().forEach(list -> list.forEach(c -> (c.internal() ? internal : api).put(c.name(), c)));
        List<Path> manifests;
        try (Stream<Path> files = Files.walk(repo().resolve("examples"))) {
            manifests = files.filter(p -> p.endsWith(Paths.get("META-INF", "MANIFEST.MF")))
                    .filter(p -> !p.toString().contains("/target/")).toList();
        }
        assertFalse(manifests.isEmpty(), "the sample plug-in's manifests are found");
        List<String> problems = new ArrayList<>();
        int parleyImports = 0;
        for (Path mf : manifests) {
            Manifest manifest = read(mf);
            assertTrue(manifest.getMainAttributes().getValue("Require-Bundle") == null
                    || !manifest.getMainAttributes().getValue("Require-Bundle").contains("org.parley"),
                    mf + " requires no Parley bundle: it imports packages");
            for (Clause c : clauses(manifest.getMainAttributes().getValue("Import-Package"))) {
                if (!c.name().startsWith("org.parley")) {
                    continue;
                }
                parleyImports++;
                if (internal.containsKey(c.name()) || !api.containsKey(c.name())) {
                    problems.add(mf + ": " + c.name() + " is not Parley API");
                } else if (!c.versioned()) {
                    problems.add(mf + ": " + c.name() + " is imported without a version range");
                }
            }
        }
        assertTrue(parleyImports >= 10, "the sample plug-in imports Parley's API (" + parleyImports + ")");
        assertEquals(List.of(), problems);
    }

    private static Path repo() {
        String repo = System.getProperty("parley.repo");
        assertTrue(repo != null && !repo.isBlank(), "-Dparley.repo names the source tree");
        return Paths.get(repo);
    }

    /** Each bundle's exported packages, by bundle folder. */
    private static Map<String, List<Clause>> exports() throws IOException {
        Map<String, List<Clause>> exports = new TreeMap<>();
        try (Stream<Path> bundles = Files.list(repo().resolve("bundles"))) {
            for (Path b : bundles.sorted().toList()) {
                Path mf = b.resolve("META-INF/MANIFEST.MF");
                if (Files.exists(mf)) {
                    exports.put(b.getFileName().toString(),
                            clauses(read(mf).getMainAttributes().getValue("Export-Package")));
                }
            }
        }
        assertFalse(exports.isEmpty(), "bundles found under " + repo());
        return exports;
    }

    private static Manifest read(Path mf) throws IOException {
        try (InputStream in = Files.newInputStream(mf)) {
            return new Manifest(in);
        }
    }

    /** Splits a header at the commas between clauses (not those inside quoted attribute values). */
    private static List<Clause> clauses(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null) {
            return clauses;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char ch : (header + ",").toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            }
            if (ch == ',' && !quoted) {
                String clause = current.toString().strip();
                if (!clause.isEmpty()) {
                    int semicolon = clause.indexOf(';');
                    clauses.add(semicolon < 0 ? new Clause(clause, "")
                            : new Clause(clause.substring(0, semicolon).strip(), clause.substring(semicolon)));
                }
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        return clauses;
    }
}
