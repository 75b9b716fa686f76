package org.parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.cli.ParleyCommandLine;
import org.parley.cli.tests.Cli.Result;
import org.parley.core.model.Language;
import org.parley.core.model.Role;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.CaseService;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.ClientService;
import org.parley.core.service.Session;
import org.parley.core.service.UserDraft;
import org.parley.core.service.UserService;
import org.parley.script.ScriptCall;
import org.parley.script.ScriptLibrary;
import org.parley.script.ScriptRunService;
import org.parley.script.StepOutcome;
import org.parley.script.StoredScript;

/**
 * Scripts through parley-cli, as an admin keeps them: listed, exported, changed in a text editor and imported as
 * the next version (all files or none), retired and brought back; runs reviewed; coaching figures; tone rules.
 */
class ScriptCommandsTest {

    private Path dir;

    @BeforeEach
    void emptyDatabase() throws Exception {
        Cli.wipe(false);
        dir = Files.createTempDirectory("parley-script-cli-");
        // scripts and tone rules are the admins' to change: the command line runs as an admin here
        Cli.admin();
    }

    @Test
    void anAdminExportsChangesAndImportsAScriptAsItsNextVersionAllFilesOrNone() throws Exception {
        Result list = Cli.ok("script", "list");
        for (String language : List.of("en", "ru", "ro", "pl")) {
            assertTrue(list.out().lines().anyMatch(l -> l.startsWith("listening-call") && l.contains(" " + language + " ")),
                    "the listening call in " + language + ":\n" + list.out());
        }
        Path file = dir.resolve("listening-call_ro.script");
        Cli.ok("script", "export", "listening-call", "--language", "ro", "--file", file.toString());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("code = listening-call") && text.contains("language = ro"), text);
        int before = Cli.service(ScriptLibrary.class).current("listening-call", Language.RO).orElseThrow().version();

        Files.writeString(file, text.replace("title = Apelul de ascultare", "title = Primul apel înapoi"));
        Path broken = dir.resolve("broken.script");
        Files.writeString(broken, "code = broken\nlanguage = en\ntitle = Broken\n\n[a] say\nprompt Hello\n");
        Result refused = Cli.run("script", "import", file.toString(), broken.toString());
        assertEquals(ParleyCommandLine.FAILURE, refused.exit(), refused.out() + refused.err());
        assertTrue((refused.out() + refused.err()).contains("broken.script line 6"), refused.out() + refused.err());
        assertEquals(before, Cli.service(ScriptLibrary.class).current("listening-call", Language.RO).orElseThrow()
                .version(), "the good file is not saved either");

        Path cycle = dir.resolve("cycle.script");
        Files.writeString(cycle, "code = cycle\nlanguage = en\ntitle = Loop\n\n[a] say\nprompt = Hi\ndo = x\ndont = y\n"
                + "next = b\n\n[b] say\nprompt = Again\ndo = x\ndont = y\nnext = a\n");
        Result circle = Cli.run("script", "import", cycle.toString());
        assertEquals(ParleyCommandLine.FAILURE, circle.exit());
        assertTrue((circle.out() + circle.err()).contains("circle"), circle.out() + circle.err());

        Result imported = Cli.ok("script", "import", file.toString());
        assertTrue(imported.out().contains("version " + (before + 1)), imported.out());
        Result again = Cli.ok("script", "import", file.toString());
        assertTrue(again.out().contains("version " + (before + 1)), "the same file makes no new version: " + again.out());
        Result old = Cli.ok("script", "export", "listening-call", "--language", "ro", "--version", "" + before);
        assertTrue(old.out().contains("title = Apelul de ascultare"), "an older version stays readable");

        Cli.ok("script", "retire", "listening-call", "--language", "ro");
        assertTrue(Cli.service(ScriptLibrary.class).current("listening-call", Language.RO).isEmpty());
        assertTrue(Cli.ok("script", "list").out().lines().anyMatch(l -> l.startsWith("listening-call")
                && l.contains(" ro ") && l.contains("retired")));
        Cli.ok("script", "reinstate", "listening-call", "--language", "ro");
        assertTrue(Cli.service(ScriptLibrary.class).current("listening-call", Language.RO).isPresent());
        Result noLanguage = Cli.run("script", "export", "listening-call", "--language", "de");
        assertEquals(ParleyCommandLine.USAGE, noLanguage.exit(), noLanguage.out() + noLanguage.err());
    }

    @Test
    void aSupervisorReviewsTheCallsOnACaseAndTheCoachingFigures() throws Exception {
        CaseService cases = Cli.service(CaseService.class);
        long client = Cli.service(ClientService.class).create(new ClientDraft("Jan Kowalski", "pl")).getId();
        var c = cases.open(new CaseDraft(client, "Zepsuty czajnik", "phone"));
        Result none = Cli.ok("script", "runs", c.getNumber());
        assertTrue(none.out().contains("No script has been run"), none.out());

        StoredScript script = Cli.service(ScriptLibrary.class).current("listening-call", Language.PL).orElseThrow();
        Instant start = Instant.now();
        ScriptCall call = new ScriptCall(script, c.getId(), Map.of("case", c.getNumber()), start);
        call.done(start.plusSeconds(20), null, null, -1, null, null, null);
        call.done(start.plusSeconds(200), "Klient bardzo zdenerwowany", null, -1, null, null, null);
        call.pass(start.plusSeconds(210), StepOutcome.SKIPPED, null);
        call.done(start.plusSeconds(300), null, "Zamówienie z 1-go", -1, null, null, null);
        Cli.service(ScriptRunService.class).save(call.draft(start.plusSeconds(310)));

        Result runs = Cli.ok("script", "runs", c.getNumber());
        assertTrue(runs.out().contains("stopped early"), runs.out());
        assertTrue(runs.out().contains("answer: Zamówienie z 1-go"), runs.out());
        assertTrue(runs.out().contains("[skipped] apologise"), runs.out());

        Result csv = Cli.ok("script", "coaching", "--format", "csv");
        assertTrue(csv.out().startsWith("agent,script,title,runs,completed,steps_skipped"), csv.out());
        assertTrue(csv.out().contains(",listening-call,"), csv.out());
        Result text = Cli.ok("script", "coaching", "--days", "7");
        assertTrue(text.out().contains("1 runs, 0 completed, 1 skipped"), text.out());
        assertEquals(ParleyCommandLine.USAGE, Cli.run("script", "coaching", "--days", "0").exit());
        assertTrue(Duration.between(start, Instant.now()).toMinutes() < 10);
    }

    @Test
    void anAdminRewordsTheToneRulesFromAFile() throws Exception {
        Path rules = dir.resolve("en.rules");
        Cli.ok("tone", "export", "--language", "en", "--file", rules.toString());
        String text = Files.readString(rules);
        assertTrue(text.contains("EXCUSE |"), text);
        Files.writeString(rules, text + "\nEXCUSE | not my department | I will find the right person for you.\n");
        Path bad = dir.resolve("bad.rules");
        Files.writeString(bad, "EXCUSE | (unclosed | fix it\n");
        Result refused = Cli.run("tone", "import", "--language", "en", "--file", bad.toString());
        assertEquals(ParleyCommandLine.FAILURE, refused.exit());
        assertTrue((refused.out() + refused.err()).contains("line 1"), refused.out() + refused.err());
        Cli.ok("tone", "import", "--language", "en", "--file", rules.toString());
        assertTrue(Cli.ok("tone", "export", "--language", "en").out().contains("not my department"));
        Cli.ok("tone", "reset", "--language", "en");
        assertTrue(!Cli.ok("tone", "export", "--language", "en").out().contains("not my department"));
        assertEquals(ParleyCommandLine.USAGE, Cli.run("tone", "rewrite", "--language", "en").exit());
    }
}
