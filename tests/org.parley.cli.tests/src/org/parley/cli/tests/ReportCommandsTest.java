package org.parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.cli.ParleyCommandLine;
import org.parley.cli.tests.Cli.Result;
import org.parley.complaints.InvestigationDraft;
import org.parley.complaints.InvestigationService;
import org.parley.core.model.Role;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.CaseService;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.ClientService;
import org.parley.core.service.Session;
import org.parley.core.service.UserDraft;
import org.parley.core.service.UserService;

/**
 * {@code parley-cli report}: the reports registered as services are listed, and the gesture spend by team runs
 * over a period as a table, as CSV and into a file, on the real database; a wrong id or date is a usage error.
 */
class ReportCommandsTest {

    private String admin;

    @BeforeEach
    void department() {
        Cli.wipe(false);
        admin = Cli.admin();
        UserService users = Cli.service(UserService.class);
        for (String[] u : new String[][] { { "r.agent", "AGENT" }, { "r.lead", "SUPERVISOR" } }) {
            if (users.find(u[0]).isEmpty()) {
                users.create(new UserDraft(u[0], u[0], Role.valueOf(u[1]), u[1].equals("AGENT") ? 0 : 1, true, "south"));
            }
        }
    }

    @AfterEach
    void backToAdmin() {
        Cli.service(Session.class).signIn(admin);
    }

    @Test
    void theGestureSpendByTeamIsListedAndRunAsTextCsvAndFile() throws Exception {
        Result list = Cli.ok("report", "list");
        assertTrue(list.out().contains("gesture-spend-by-team") && list.out().contains("Gesture spend by team"),
                list.out());
        assertTrue(list.out().contains("complaints-by-channel") && list.out().contains("Complaints by channel"),
                "the complaint log's report too: " + list.out());

        LocalDate first = LocalDate.now().withDayOfMonth(1);
        LocalDate last = first.plusMonths(1).minusDays(1);
        Cli.ok("gesture", "budget", "set", "south", first.toString(), last.toString(), "400");
        long client = Cli.service(ClientService.class).create(new ClientDraft("Ana Popescu", "ro")).getId();
        var c = Cli.service(CaseService.class).open(new CaseDraft(client, "Late delivery", "phone"));
        Cli.service(Session.class).signIn("r.lead");
        Cli.service(InvestigationService.class).save(c.getId(), 0,
                new InvestigationDraft("Courier lost the parcel", null, "product-quality", null));
        Cli.service(Session.class).signIn("r.agent");
        Result proposed = Cli.ok("gesture", "propose", c.getNumber(), "refund", "--value", "60", "--note", "Late");
        Matcher id = Pattern.compile("#(\\d+)").matcher(proposed.out());
        assertTrue(id.find(), proposed.out());
        Cli.service(Session.class).signIn("r.lead");
        Cli.ok("gesture", "approve", id.group(1));

        Result text = Cli.ok("report", "run", "gesture-spend-by-team", "--from", first.toString(), "--to",
                last.toString());
        assertTrue(text.out().startsWith("Gesture spend by team, " + first + " to " + last), text.out());
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith("Team") && l.contains("Spent")), text.out());
        assertTrue(text.out().lines().anyMatch(l -> l.matches("south\\s+1\\s+62\\s+400\\s.*")),
                text.out());

        Result csv = Cli.ok("report", "run", "gesture-spend-by-team", "--from", first.toString(), "--to",
                last.toString(), "--format", "csv");
        assertTrue(csv.out().startsWith("Team,Gestures,Spent,Budget,"), csv.out());
        assertTrue(csv.out().contains("\nsouth,1,62,400,"), csv.out());

        Path file = Files.createTempDirectory("parley-report-cli-").resolve("spend.csv");
        Result written = Cli.ok("report", "run", "gesture-spend-by-team", "--from", first.toString(), "--to",
                last.toString(), "--format", "csv", "--out", file.toString());
        assertTrue(written.out().contains("1 rows written to " + file), written.out());
        assertEquals(csv.out(), Files.readString(file));

        Result before = Cli.ok("report", "run", "gesture-spend-by-team", "--from", first.minusYears(1).toString(),
                "--to", first.minusYears(1).plusDays(5).toString());
        assertTrue(before.out().contains("(nothing in this period)"), before.out());
    }

    @Test
    void anUnknownReportOrABadPeriodIsAUsageError() {
        Result unknown = Cli.run("report", "run", "no-such-report", "--from", "2026-01-01", "--to", "2026-01-31");
        assertEquals(ParleyCommandLine.USAGE, unknown.exit(), unknown.err());
        assertTrue(unknown.err().contains("there is no report \"no-such-report\"")
                && unknown.err().contains("gesture-spend-by-team"), unknown.err());
        assertTrue(unknown.err().contains("usage: parley-cli report run ID"), unknown.err());

        Result badDate = Cli.run("report", "run", "gesture-spend-by-team", "--from", "2026-02-30", "--to",
                "2026-03-31");
        assertEquals(ParleyCommandLine.USAGE, badDate.exit(), badDate.err());
        assertTrue(badDate.err().contains("--from \"2026-02-30\" is not a date"), badDate.err());

        Result backwards = Cli.run("report", "run", "gesture-spend-by-team", "--from", "2026-03-31", "--to",
                "2026-03-01");
        assertEquals(ParleyCommandLine.USAGE, backwards.exit(), backwards.err());
        assertTrue(backwards.err().contains("the period ends (2026-03-01) before it starts (2026-03-31)"),
                backwards.err());

        Result noTo = Cli.run("report", "run", "gesture-spend-by-team", "--from", "2026-03-01");
        assertEquals(ParleyCommandLine.USAGE, noTo.exit(), noTo.err());
        assertTrue(noTo.err().contains("flag --to is required"), noTo.err());

        Result csvFormat = Cli.run("report", "run", "gesture-spend-by-team", "--from", "2026-03-01", "--to",
                "2026-03-31", "--format", "xml");
        assertEquals(ParleyCommandLine.USAGE, csvFormat.exit(), csvFormat.err());

        Result help = Cli.ok("help");
        assertTrue(help.out().contains("report list") && help.out().contains("report run"), help.out());
    }
}
