package org.parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.cli.ParleyCommandLine;
import org.parley.cli.tests.Cli.Result;
import org.parley.core.model.Role;
import org.parley.core.service.Session;
import org.parley.core.service.UserDraft;
import org.parley.core.service.UserService;

/**
 * The demo data's problem client through parley-cli: the evidence behind the classification, the checklist naming
 * the obligations that block the end, each kept (a call back made, cases closed, a gesture offered, money settled,
 * the letter drafted and saved, the department head's sign-off), then the relationship ended and reported.
 */
class TerminationCommandsTest {

    private String admin;

    @BeforeEach
    void demoDepartment() {
        Cli.wipe(false);
        admin = Cli.service(Session.class).login();
        // an earlier test may have emptied the users: the command line's own user must exist to sign back in
        UserService users = Cli.service(UserService.class);
        if (users.find(admin).isEmpty()) {
            users.create(new UserDraft(admin, "Test Admin", Role.ADMIN, 3, false));
        }
        Cli.ok("demo-data", "--cases", "20", "--seed", "7");
    }

    @AfterEach
    void backToAdmin() {
        Cli.service(Session.class).signIn(admin);
    }

    private static void as(String login) {
        Cli.service(Session.class).signIn(login);
    }

    private static String all(Result r) {
        return r.out() + r.err();
    }

    @Test
    void theDemoProblemClientIsEndedOnlyOnceEveryObligationIsKept() throws Exception {
        Result classified = Cli.ok("client", "classify", "Victor Grant");
        assertTrue(classified.out().startsWith("Victor Grant: a problem client"), classified.out());
        assertTrue(classified.out().contains("* Legal threats: 2"), classified.out());
        assertTrue(classified.out().contains("take you to court"), "the client's own words: " + classified.out());

        as("m.ionescu");
        assertEquals(ParleyCommandLine.FAILURE, Cli.run("termination", "start", "Victor Grant", "--reason", "x").exit(),
                "an agent does not start it");
        as("a.popescu");
        Cli.ok("termination", "start", "Victor Grant", "--reason", "Five cases in a month, threats and insults");
        Result checklist = Cli.ok("termination", "checklist", "Victor Grant");
        assertTrue(checklist.out().contains("[ ] Every obligation fulfilled"), checklist.out());
        assertTrue(checklist.out().contains("Call back with the courier's answer"), checklist.out());
        Result blocked = Cli.run("termination", "end", "Victor Grant");
        assertEquals(ParleyCommandLine.FAILURE, blocked.exit());
        assertTrue(all(blocked).contains("Call back with the courier's answer"), all(blocked));

        // keep every obligation: the promise, the open cases; offer a remedy
        long promise = Cli.count("SELECT m.id FROM commitment m JOIN conflict_case k ON k.id = m.case_id JOIN client c "
                + "ON c.id = k.client_id WHERE c.name = 'Victor Grant' AND m.state = 'OPEN'");
        Cli.ok("commitment", "keep", Long.toString(promise));
        List<String> numbers = Cli.strings("SELECT k.case_number FROM conflict_case k JOIN client c ON c.id = "
                + "k.client_id WHERE c.name = 'Victor Grant' ORDER BY k.case_number");
        Result proposed = Cli.ok("gesture", "propose", numbers.get(0), "apology-gift", "--note", "Third late parcel");
        Matcher id = Pattern.compile("#(\\d+)").matcher(proposed.out());
        assertTrue(id.find(), proposed.out());
        Cli.ok("gesture", "offer", id.group(1));
        Cli.ok("gesture", "decline", id.group(1), "--reason", "Wants 500 EUR, not a gift");
        for (String number : numbers) {
            Cli.ok("case", "status", number, "closed", "--reason", "Answered in writing");
        }
        Cli.ok("termination", "confirm", "Victor Grant", "money", "--note", "Nothing owed either way");
        Path letter = Files.createTempFile("termination-", ".txt");
        Cli.ok("termination", "letter", "Victor Grant", "--file", letter.toString());
        assertTrue(Files.readString(letter).startsWith("Dear Victor Grant"), Files.readString(letter));
        Cli.ok("termination", "save-letter", "Victor Grant", letter.toString());
        assertEquals(ParleyCommandLine.FAILURE, Cli.run("termination", "confirm", "Victor Grant", "signoff").exit(),
                "a supervisor does not sign off for the department head");
        as("e.walker");
        Cli.ok("termination", "confirm", "Victor Grant", "signoff", "--note", "Agreed");
        as("a.popescu");
        Result ended = Cli.ok("termination", "end", "Victor Grant");
        assertTrue(ended.out().contains("Termination TERMINATED"), ended.out());
        Result report = Cli.ok("termination", "report");
        assertTrue(report.out().startsWith("Victor Grant: ended"), report.out());
        assertTrue(report.out().contains("Legal threats: 2"), report.out());
    }
}
