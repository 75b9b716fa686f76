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
import org.parley.compensation.CatalogueService;
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
 * The compensation catalogue through parley-cli: an admin sets a budget and imports a changed catalogue, an agent
 * gets ranked alternatives and proposes a gesture above the agent's limit, a supervisor approves it, and the spend
 * report shows it.
 */
class GestureCommandsTest {

    private Path dir;
    private String admin;

    @BeforeEach
    void department() throws Exception {
        Cli.wipe(false);
        dir = Files.createTempDirectory("parley-gesture-cli-");
        admin = Cli.admin();
        UserService users = Cli.service(UserService.class);
        for (String[] u : new String[][] { { "g.agent", "AGENT" }, { "g.lead", "SUPERVISOR" } }) {
            if (users.find(u[0]).isEmpty()) {
                users.create(new UserDraft(u[0], u[0], Role.valueOf(u[1]), u[1].equals("AGENT") ? 0 : 1, true, "north"));
            }
        }
    }

    @AfterEach
    void backToAdmin() {
        Cli.service(Session.class).signIn(admin);
    }

    private static void as(String login) {
        Cli.service(Session.class).signIn(login);
    }

    @Test
    void anAgentsGestureAboveTheLimitWaitsForTheSupervisorAndTheSpendReportShowsIt() throws Exception {
        LocalDate first = LocalDate.now().withDayOfMonth(1);
        LocalDate last = first.plusMonths(1).minusDays(1);
        Result budget = Cli.ok("gesture", "budget", "set", "north", first.toString(), last.toString(), "500");
        assertTrue(budget.out().contains("north"), budget.out());
        Result overlap = Cli.run("gesture", "budget", "set", "north", first.plusDays(3).toString(), last.toString(),
                "100");
        assertEquals(ParleyCommandLine.FAILURE, overlap.exit());
        assertTrue((overlap.out() + overlap.err()).contains("overlap"), overlap.out() + overlap.err());

        // the admin lowers the agent's limit to 30 EUR through an exported and re-imported file
        Path file = dir.resolve("catalogue.json");
        Cli.ok("gesture", "catalogue", "export", "--file", file.toString());
        int before = Cli.service(CatalogueService.class).current().version();
        Files.writeString(file, Files.readString(file).replace("\"agent_limit\": 50", "\"agent_limit\": 30"));
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "code,kind,name_en,cost\nsorry,apology-gift,Sorry,-3\n");
        Result refused = Cli.run("gesture", "catalogue", "import", broken.toString());
        assertEquals(ParleyCommandLine.FAILURE, refused.exit());
        assertTrue((refused.out() + refused.err()).contains("negative"), refused.out() + refused.err());
        Result imported = Cli.ok("gesture", "catalogue", "import", file.toString());
        assertTrue(imported.out().contains("version " + (before + 1)), imported.out());
        assertTrue(Cli.ok("gesture", "catalogue", "list").out().contains("up to 30"));

        long client = Cli.service(ClientService.class).create(new ClientDraft("Radu Ionescu", "ro")).getId();
        var c = Cli.service(CaseService.class).open(new CaseDraft(client, "Broken kettle", "phone"));
        as("g.lead");
        Cli.service(InvestigationService.class).save(c.getId(), 0,
                new InvestigationDraft("Kettle leaks after two days", null, "product-quality", null));

        as("g.agent");
        Result advice = Cli.ok("gesture", "advise", c.getNumber());
        assertTrue(advice.out().lines().anyMatch(l -> l.startsWith("1. [100] refund")), advice.out());
        Result proposed = Cli.ok("gesture", "propose", c.getNumber(), "refund", "--value", "60", "--note",
                "Second kettle");
        assertTrue(proposed.out().contains("waits for a supervisor"), proposed.out());
        Matcher id = Pattern.compile("#(\\d+)").matcher(proposed.out());
        assertTrue(id.find(), proposed.out());
        Result notMine = Cli.run("gesture", "approve", id.group(1));
        assertEquals(ParleyCommandLine.FAILURE, notMine.exit(), "an agent cannot approve above the agent's limit");

        as("g.lead");
        assertTrue(Cli.ok("gesture", "awaiting").out().contains("#" + id.group(1)));
        Result approved = Cli.ok("gesture", "approve", id.group(1));
        assertTrue(approved.out().contains("approved"), approved.out());

        Result spend = Cli.ok("gesture", "report", "spend", "--from", first.toString(), "--to", last.toString());
        assertTrue(spend.out().contains("north: 1 gestures, spent 62, budget 500"), spend.out());
        Result csv = Cli.ok("gesture", "report", "spend", "--from", first.toString(), "--to", last.toString(), "--by",
                "root-cause", "--format", "csv");
        assertTrue(csv.out().contains("product-quality,1,62,"), csv.out());
        assertTrue(Cli.ok("gesture", "list", c.getNumber()).out().contains("approved"));
    }
}
