package org.parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.cli.ParleyCommandLine;
import org.parley.cli.tests.Cli.Result;

/** A file with bad records is reported record by record, with file and line, and nothing of it is stored. */
class MalformedImportTest {

    private Path dir;

    @BeforeEach
    void emptyDatabase() throws Exception {
        Cli.wipe(false);
        dir = Files.createTempDirectory("parley-bad-import-");
    }

    @Test
    void everyBadCsvRecordIsReportedWithItsLineAndNothingIsImported() throws Exception {
        write("clients.csv",
                "key,name,language,contacts,notes,created_at",
                "C-1,Ana Rusu,ro,phone:+373 69 000 111,,2024-01-05T10:00:00Z",
                "C-2,Иван Петров,xx1,,,2024-01-05T10:00:00Z",
                "C-3,Jan Nowak,pl,phone,,2024-01-05T10:00:00Z");
        write("cases.csv",
                "number,client,title,status,channel,opened_at",
                "P-9000001,C-1,,NEW,phone,2024-02-01T09:00:00Z",
                "P-9000002,K-404,Late delivery,NEW,phone,2024-02-01T09:00:00Z",
                "P-9000003,C-1,\"Broken \"quote,NEW,phone,2024-02-01T09:00:00Z",
                "P-9000004,C-1,Wrong date,NEW,phone,2024-13-45",
                "P-9000005,C-1,Valid case,NEW,phone,2024-02-01T09:00:00Z",
                "P-9000006,C-1,Bad status,SHELVED,phone,2024-02-01T09:00:00Z");
        write("interactions.csv",
                "case,occurred_at,channel,direction,author,client_words",
                "P-9000005,2024-02-01T09:00:00Z,phone,INBOUND,m.ionescu,\"Two lines,",
                "still the same record\"",
                "P-9000005,2024-02-01T09:05:00Z,phone,SIDEWAYS,m.ionescu,words",
                "P-9999999,2024-02-01T09:05:00Z,phone,INBOUND,m.ionescu,words");

        Result r = Cli.run("import", "--format", "csv", dir.toString());

        assertEquals(ParleyCommandLine.FAILURE, r.exit(), r.out() + r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("nothing was imported; errors in the input: 9"), r.err());
        List<String> report = r.out().lines().toList();
        assertLine(report, "clients.csv line 3: \"xx1\" is not a language code");
        assertLine(report, "clients.csv line 4: contact \"phone\" has no channel");
        assertLine(report, "cases.csv line 2: Title is required");
        assertLine(report, "cases.csv line 3: client \"K-404\" is neither in the imported clients nor in the database");
        assertLine(report, "cases.csv line 4: text follows a closing quote");
        assertLine(report, "cases.csv line 5: opened_at \"2024-13-45\" is not a date and time");
        assertLine(report, "cases.csv line 7: status \"SHELVED\" is not one of NEW, ACKNOWLEDGED");
        assertLine(report, "interactions.csv line 4: direction \"SIDEWAYS\" is not one of INBOUND, OUTBOUND");
        assertLine(report, "interactions.csv line 5: case \"P-9999999\" is neither in the imported cases nor in the database");
        assertEquals(9, report.size(), r.out());
        assertNothingImported();
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() throws Exception {
        write("clients.csv",
                "key,name,language,created_at",
                "C-1,Ana Rusu,ro,2024-01-05T10:00:00Z",
                "C-2,\"Ion Rusu,ro,2024-01-05T10:00:00Z",
                "C-3,Jan Nowak,pl,2024-01-05T10:00:00Z");
        Result r = Cli.run("import", "--format", "csv", dir.toString());
        assertEquals(ParleyCommandLine.FAILURE, r.exit());
        assertLine(r.out().lines().toList(), "clients.csv line 3: a quoted field opened here is never closed");
        assertNothingImported();
    }

    @Test
    void aHeaderWithUnknownOrMissingColumnsIsRejected() throws Exception {
        write("clients.csv", "key,name,langauge,created", "C-1,Ana Rusu,ro,2024-01-05T10:00:00Z");
        Result r = Cli.run("import", "--format", "csv", dir.resolve("clients.csv").toString());
        assertEquals(ParleyCommandLine.FAILURE, r.exit());
        List<String> report = r.out().lines().toList();
        assertLine(report, "clients.csv line 1: unknown column \"langauge\"");
        assertLine(report, "clients.csv line 1: the header has no column \"created_at\"");
        assertNothingImported();
    }

    @Test
    void badJsonRecordsAreReportedWithTheirLines() throws Exception {
        Path file = dir.resolve("export.json");
        Files.writeString(file, String.join("\n",
                "{",
                "  \"format\": \"parley-export\", \"version\": 1,",
                "  \"clients\": [",
                "    {\"key\": \"C-1\", \"name\": \"Ana Rusu\", \"language\": \"ro\", \"created_at\": \"2024-01-05T10:00:00Z\"},",
                "    {\"key\": \"C-2\", \"name\": \"Ivan\", \"language\": \"xx1\", \"created_at\": \"2024-01-05T10:00:00Z\"},",
                "    {\"key\": \"C-3\", \"name\": \"  \", \"language\": \"pl\", \"created_at\": \"2024-01-05T10:00:00Z\"}",
                "  ],",
                "  \"cases\": [",
                "    {\"number\": \"P-9000001\", \"client\": \"C-1\", \"title\": \"Late\", \"status\": \"NEW\",",
                "     \"channel\": \"phone\", \"opened_at\": \"yesterday\"},",
                "    {\"number\": \"P-9000002\", \"client\": \"C-1\", \"title\": \"Fine\", \"status\": \"NEW\",",
                "     \"channel\": \"phone\", \"opened_at\": \"2024-02-01T09:00:00Z\", \"colour\": \"red\"}",
                "  ]",
                "}"), StandardCharsets.UTF_8);
        Result r = Cli.run("import", "--format", "json", file.toString());
        assertEquals(ParleyCommandLine.FAILURE, r.exit(), r.out() + r.err());
        List<String> report = r.out().lines().toList();
        assertLine(report, "export.json line 5: \"xx1\" is not a language code");
        assertLine(report, "export.json line 6: Name is required");
        assertLine(report, "export.json line 9: opened_at \"yesterday\" is not a date and time");
        assertLine(report, "export.json line 11: unknown field \"colour\"");
        assertEquals(4, report.size(), r.out());
        assertNothingImported();
    }

    @Test
    void brokenJsonIsReportedWhereItBreaks() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n \"clients\": [\n  {\"key\": \"C-1\", \"name\": \"Ana\" \"language\": \"ro\"}\n ]\n}\n",
                StandardCharsets.UTF_8);
        Result r = Cli.run("import", "--format", "json", file.toString());
        assertEquals(ParleyCommandLine.FAILURE, r.exit());
        assertEquals(List.of("broken.json line 3: expected \",\" but found \""), r.out().lines().toList(),
                "reported once, though the file is read once per kind");
        assertNothingImported();
    }

    @Test
    void aMisspeltKindInJsonIsAnErrorNotASilentSkip() throws Exception {
        Path file = dir.resolve("typo.json");
        Files.writeString(file, "{\"format\": \"parley-export\", \"version\": 1,\n \"clients\": [],\n"
                + " \"cases\": [],\n \"cliens\": [{\"key\": \"C-1\"}]\n}\n", StandardCharsets.UTF_8);
        Result r = Cli.run("import", "--format", "json", file.toString());
        assertEquals(ParleyCommandLine.FAILURE, r.exit());
        assertEquals(List.of("typo.json line 4: unknown key \"cliens\": an export holds format, version and users, "
                + "clients, cases, interactions, commitments"), r.out().lines().toList());
    }

    @Test
    void aValidFileImportsInFull() throws Exception {
        write("clients.csv",
                "key,name,language,contacts,created_at",
                "K1,Ana Rusu,ro,phone:+373 69 000 111; viber:+373 69 000 111,2024-01-05T10:00:00Z");
        write("cases.csv",
                "number,client,title,status,channel,owner,opened_at",
                "EXT-17,K1,Livrare întârziată,INVESTIGATING,viber,,2024-02-01T09:00:00+02:00");
        write("commitments.csv",
                "case,kind,description,due_at,state,created_at",
                "EXT-17,call-back,Sună clientul,2024-02-02T09:00:00Z,open,2024-02-01T09:10:00Z");
        Result r = Cli.ok("import", "--format", "csv", dir.toString());
        assertTrue(r.out().contains("1 clients, 1 cases, 1 commitments"), r.out());
        assertEquals(2, Cli.count("SELECT COUNT(*) FROM client_contact"));
        assertEquals(List.of("EXT-17"), Cli.strings("SELECT case_number FROM conflict_case"));
        assertEquals(List.of("tester"), Cli.strings("SELECT owner_login FROM commitment"),
                "an empty owner means the user running the import, as in the workbench");
        assertEquals(1, Cli.count("SELECT COUNT(*) FROM audit_event WHERE action = 'data.imported'"));
        Result again = Cli.run("import", "--format", "csv", dir.resolve("cases.csv").toString());
        assertEquals(ParleyCommandLine.FAILURE, again.exit());
        assertLine(again.out().lines().toList(), "cases.csv line 2: case number EXT-17 is already in the database");
    }

    private void write(String name, String... lines) throws Exception {
        Files.writeString(dir.resolve(name), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }

    private static void assertLine(List<String> report, String start) {
        assertTrue(report.stream().anyMatch(l -> l.startsWith(start)), () -> "no line starting with «" + start + "» in\n"
                + String.join("\n", report));
    }

    private static void assertNothingImported() {
        for (String table : List.of("client", "client_contact", "conflict_case", "interaction", "commitment")) {
            assertEquals(0, Cli.count("SELECT COUNT(*) FROM " + table), table);
        }
        assertEquals(0, Cli.count("SELECT COUNT(*) FROM audit_event WHERE action = 'data.imported'"));
    }
}
