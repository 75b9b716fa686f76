package org.parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.cli.tests.Cli.Result;
import org.parley.core.model.Case;
import org.parley.core.model.Client;
import org.parley.core.model.CommitmentKind;
import org.parley.core.model.ContactPoint;
import org.parley.core.model.Direction;
import org.parley.core.model.Interaction;
import org.parley.core.model.Severity;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.CaseService;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.ClientService;
import org.parley.core.service.CommitmentDraft;
import org.parley.core.service.InteractionDraft;

/** Export, import into an emptied database, export again: the same content, in CSV and in JSON. */
class RoundTripTest {

    /** What a client really wrote, with everything that breaks naive CSV: quotes, commas, line breaks, Cyrillic. */
    static final String WORDS = "  Я писала вам трижды, \"никто\" не ответил;\r\nсчёт №12, сумма 1,500 лей.\n\tПодпись: Ана  ";

    @ParameterizedTest
    @ValueSource(strings = { "csv", "json" })
    void anExportImportedIntoAnEmptyDatabaseExportsTheSame(String format) throws Exception {
        Cli.wipe(true);
        Cli.ok("demo-data", "--cases", "120", "--clients", "40", "--seed", "3", "--problem-client", "no");
        long caseId = awkwardRecords();
        long[] counts = counts();

        Path dir = Files.createTempDirectory("parley-roundtrip-");
        Path first = dir.resolve(format.equals("csv") ? "first" : "first.json");
        Path second = dir.resolve(format.equals("csv") ? "second" : "second.json");
        Result exported = Cli.ok("export", "--format", format, "--out", first.toString());
        assertTrue(exported.out().contains("121 cases"), exported.out());

        Cli.wipe(true);
        assertEquals(0, Cli.count("SELECT COUNT(*) FROM conflict_case"));
        Result imported = Cli.ok("import", "--format", format, first.toString());
        assertTrue(imported.out().startsWith("Imported "), imported.out());
        assertEquals(counts[1], Cli.count("SELECT COUNT(*) FROM conflict_case"));
        assertTrue(java.util.Arrays.equals(counts, counts()), "same number of rows in every table");
        // every imported record has its history: one audit entry each, plus one for the import as a whole
        long records = java.util.Arrays.stream(counts).sum() - counts[3] /* contact points belong to clients */;
        assertEquals(records + 1, Cli.count("SELECT COUNT(*) FROM audit_event"));
        assertEquals(counts[1], Cli.count("SELECT COUNT(*) FROM audit_event WHERE action = 'case.imported'"));

        Cli.ok("export", "--format", format, "--out", second.toString());
        assertEquals(read(first), read(second));

        // the client's words came back verbatim, and the store reads the imported case
        CaseService cases = Cli.service(CaseService.class);
        String number = String.format("P-%07d", caseId);
        Case back = cases.list(org.parley.core.service.CaseQuery.all().withText(number), 0, 1).stream()
                .map(row -> cases.find(row.id()).orElseThrow()).findFirst().orElseThrow();
        List<Interaction> timeline = cases.interactions(back.getId());
        assertEquals(WORDS, timeline.get(0).getClientWords());
        assertEquals("Rusu, Ana \"the shop\"", back.getClient().getName());
        assertEquals(List.of(new ContactPoint("email", "ana;rusu@example.md"), new ContactPoint("phone", "+373 69 000 111")),
                back.getClient().getContactPoints());

        // new cases are numbered after the imported ones, never on top of them
        Case fresh = cases.open(new CaseDraft(back.getClient().getId(), "Another complaint", "phone"));
        assertTrue(fresh.getNumber().compareTo(number) > 0, fresh.getNumber());
    }

    /** A client, case, interaction and commitment entered through the services, with text that is hard to quote. */
    private static long awkwardRecords() {
        ClientService clients = Cli.service(ClientService.class);
        CaseService cases = Cli.service(CaseService.class);
        Client ana = clients.create(new ClientDraft("Rusu, Ana \"the shop\"", "ro",
                List.of(new ContactPoint("email", "ana;rusu@example.md"), new ContactPoint("phone", "+373 69 000 111")),
                "Line one\nline two, with a comma"));
        Case c = cases.open(new CaseDraft(ana.getId(), "Factură greșită, \"dublă\"", "Двойное списание\r\nпо карте",
                "complaint-book", Severity.HIGH, 1, null));
        cases.addInteraction(c.getId(), new InteractionDraft("complaint-book", Direction.INBOUND,
                Instant.parse("2026-01-10T08:15:30.123Z"), WORDS, null));
        cases.addCommitment(c.getId(), new CommitmentDraft(CommitmentKind.CALL_BACK, "Sună înapoi; verifică plata",
                Instant.parse("2026-01-11T12:00:00Z"), "m.ionescu"));
        return c.getId();
    }

    private static long[] counts() {
        return Stream.of("parley_user", "conflict_case", "client", "client_contact", "interaction", "commitment")
                .mapToLong(t -> Cli.count("SELECT COUNT(*) FROM " + t)).toArray();
    }

    /** All files of an export, client keys replaced by their order (new ids); case numbers must be kept as they are. */
    private static String read(Path export) throws Exception {
        StringBuilder all = new StringBuilder();
        if (Files.isDirectory(export)) {
            for (String kind : List.of("users", "clients", "cases", "interactions", "commitments")) {
                all.append(kind).append('\n').append(Files.readString(export.resolve(kind + ".csv"), StandardCharsets.UTF_8));
            }
        } else {
            all.append(Files.readString(export, StandardCharsets.UTF_8));
        }
        return Keys.normalized(all.toString(), "C");
    }
}
