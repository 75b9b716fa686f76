package org.parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.cli.tests.Cli.Result;
import org.parley.core.model.Case;
import org.parley.core.model.CaseStatus;
import org.parley.core.model.Interaction;
import org.parley.core.model.StandardChannel;
import org.parley.core.service.CaseQuery;
import org.parley.core.service.CaseRow;
import org.parley.core.service.CaseService;

/**
 * demo-data writes the counts asked for, in every channel and language, readable by the store, repeatably (the problem
 * client is written through the services at the current time, so the repeatability runs leave it out).
 */
class DemoDataTest {

    @Test
    void writesTheRequestedDataAcrossChannelsLanguagesAndStates() {
        Cli.wipe(false);
        Result r = Cli.ok("demo-data", "--cases", "400", "--clients", "90", "--seed", "7");
        assertTrue(r.out().contains("Wrote 400 cases, 90 clients"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("400 / 400 cases (100%)")), r.out());

        // and the problem client, with five cases of its own
        assertEquals(405, Cli.count("SELECT COUNT(*) FROM conflict_case"));
        assertEquals(91, Cli.count("SELECT COUNT(*) FROM client"));
        assertTrue(r.out().contains("Victor Grant"), r.out());
        assertTrue(Cli.count("SELECT COUNT(*) FROM interaction") >= 400);
        assertTrue(Cli.count("SELECT COUNT(*) FROM commitment") >= 300);
        assertTrue(Cli.count("SELECT COUNT(*) FROM client_contact") >= 90);

        Set<String> channels = new HashSet<>(Cli.strings("SELECT DISTINCT channel FROM conflict_case"));
        assertEquals(Arrays.stream(StandardChannel.values()).map(StandardChannel::code).collect(java.util.stream.Collectors.toSet()),
                channels);
        assertEquals(Set.of("en", "ru", "ro", "pl"), new HashSet<>(Cli.strings("SELECT DISTINCT language FROM client")));
        Set<String> statuses = new HashSet<>(Cli.strings("SELECT DISTINCT status FROM conflict_case"));
        assertTrue(statuses.containsAll(List.of("NEW", "INVESTIGATING", "RESOLVED", "CLOSED")), statuses.toString());
        assertEquals(Set.of("LOW", "NORMAL", "HIGH", "CRITICAL"),
                new HashSet<>(Cli.strings("SELECT DISTINCT severity FROM conflict_case")));
        assertEquals(Set.of("OPEN", "KEPT", "BROKEN"), new HashSet<>(Cli.strings("SELECT DISTINCT state FROM commitment")));
        assertTrue(Cli.count("SELECT COUNT(*) FROM commitment WHERE state = 'OPEN' AND due_at < CURRENT_TIMESTAMP") > 0,
                "some promises are overdue");
        assertTrue(Cli.count("SELECT COUNT(*) FROM conflict_case WHERE level_handling = level_arisen + 1") == 405,
                "conflicts are handled one level above where they arose");
        assertEquals(Set.of("AGENT", "SUPERVISOR", "DEPARTMENT_HEAD", "DIRECTOR", "ADMIN"),
                new HashSet<>(Cli.strings("SELECT DISTINCT role FROM parley_user")));
        assertTrue(Cli.count("SELECT COUNT(*) FROM conflict_case c JOIN client k ON k.id = c.client_id "
                + "WHERE c.client_name <> k.name") == 0);
        assertEquals(1, Cli.count("SELECT COUNT(*) FROM audit_event WHERE action = 'demo-data.generated'"));

        // numbers follow the store's format, and the store reads the JDBC-written rows like its own
        for (String number : Cli.strings("SELECT case_number FROM conflict_case")) {
            assertTrue(number.matches("P-\\d{7}"), number);
        }
        CaseService cases = Cli.service(CaseService.class);
        assertEquals(405, cases.count(CaseQuery.all()), "with the problem client's five");
        List<CaseRow> page = cases.list(CaseQuery.all(), 0, 50);
        assertEquals(50, page.size());
        Case c = cases.find(page.get(0).id()).orElseThrow();
        assertEquals(String.format("P-%07d", c.getId()), c.getNumber());
        List<Interaction> timeline = cases.interactions(c.getId());
        assertTrue(timeline.get(0).getClientWords() != null && !timeline.get(0).getClientWords().isBlank());
        assertTrue(cases.count(CaseQuery.all().withStatuses(Set.of(CaseStatus.CLOSED))) > 0);
        // a case opened through the service afterwards gets a number of its own
        long before = cases.count(CaseQuery.all());
        cases.open(new org.parley.core.service.CaseDraft(c.getClient().getId(), "Follow-up", "email"));
        assertEquals(before + 1, cases.count(CaseQuery.all()));
    }

    @Test
    void theSameSeedWritesTheSameDataAndAnotherSeedDoesNot() throws Exception {
        Cli.wipe(false);
        Cli.ok("demo-data", "--cases", "150", "--clients", "30", "--seed", "42", "--problem-client", "no");
        String first = export("first");
        Cli.wipe(false);
        Cli.ok("demo-data", "--cases", "150", "--clients", "30", "--seed", "42", "--problem-client", "no");
        String second = export("second");
        assertEquals(first, second);
        Cli.wipe(false);
        Cli.ok("demo-data", "--cases", "150", "--clients", "30", "--seed", "43", "--problem-client", "no");
        assertNotEquals(first, export("third"));
    }

    /** The content without database ids: every run after a wipe draws new ids from the sequences. */
    private static String export(String name) throws Exception {
        Path file = Files.createTempDirectory("parley-demo-").resolve(name + ".json");
        Cli.ok("export", "--format", "json", "--out", file.toString());
        return Keys.normalized(Files.readString(file, StandardCharsets.UTF_8), "CP");
    }
}
