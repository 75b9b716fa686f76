package org.parley.script.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.core.model.CommitmentKind;
import org.parley.core.model.CommitmentState;
import org.parley.core.model.Language;
import org.parley.core.model.Commitment;
import org.parley.core.service.ConcurrentChangeException;
import org.parley.core.service.InvalidInputException;
import org.parley.script.CoachingFigures;
import org.parley.script.RunDraft;
import org.parley.script.RunDraft.StepRecord;
import org.parley.script.Script;
import org.parley.script.ScriptCall;
import org.parley.script.ScriptRun;
import org.parley.script.Step;
import org.parley.script.StepOutcome;
import org.parley.script.StoredScript;
import org.parley.script.ToneCategory;
import org.parley.script.ToneFlag;
import org.parley.script.extension.ToneRule;
import org.parley.script.extension.ToneRuleSet;
import org.parley.testing.TestDatabase;

/** Scripts stored with versions, runs saved with their promises, coaching figures and edited tone rules. */
class ScriptServicesTest {

    static List<String> kinds() {
        return TestDatabase.kinds();
    }

    private static StepRecord done(String step) {
        return new StepRecord(step, StepOutcome.DONE, null, null, null, null, null, null, 20);
    }

    /** The listening call as an agent takes it: the problem is to be put right, a call-back in two hours. */
    private static RunDraft listeningCall(ScriptDesk d, long caseId, StoredScript script, Instant due) {
        Instant start = d.clock.now();
        return new RunDraft(caseId, script.id(), start, start.plus(Duration.ofMinutes(7)), true, List.of(
                done("greet"),
                new StepRecord("listen", StepOutcome.DONE, "Client very angry, parcel 5 days late", null, null, null,
                        null, null, 180),
                done("apologise"),
                new StepRecord("ask", StepOutcome.DONE, null, "Ordered on the 1st, promised on the 3rd", null, null,
                        null, null, 90),
                new StepRecord("kind", StepOutcome.DONE, null, null, "A problem to be put right", null, null, null, 5),
                new StepRecord("defer", StepOutcome.DONE, null, null, null, due, CommitmentKind.CALL_BACK,
                        "Call back with what happened to the parcel", 40),
                new StepRecord("thank", StepOutcome.SKIPPED, "Client hung up", null, null, null, null, null, 0)));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aRunIsSavedWholeItsPromiseBecomesACommitmentAndTheCallIsOnTheTimeline(String kind) {
        try (ScriptDesk d = new ScriptDesk(kind)) {
            long caseId = d.newCase("Ivan Petrov", "ru");
            StoredScript script = d.library.current("listening-call", Language.RU).orElseThrow();
            Instant due = d.clock.now().plus(Duration.ofHours(2));
            ScriptRun run = d.as("agent").runs.save(listeningCall(d, caseId, script, due));

            assertEquals(7, run.steps().size());
            assertEquals("agent", run.agent());
            assertEquals(Language.RU, run.language());
            assertEquals(script.version(), run.version());
            assertEquals(420, run.elapsedSeconds());
            assertEquals(StepOutcome.SKIPPED, run.steps().get(6).outcome());
            assertEquals("Ordered on the 1st, promised on the 3rd", run.steps().get(3).answer());
            List<Commitment> promises = d.s.cases().commitments(caseId);
            assertEquals(1, promises.size());
            Commitment promise = promises.get(0);
            assertEquals(due, promise.getDueAt());
            assertEquals(CommitmentKind.CALL_BACK, promise.getKind());
            assertEquals("agent", promise.getOwner());
            assertEquals(promise.getId(), run.steps().get(5).commitmentId());
            assertTrue(d.s.cases().openCommitmentsOf("agent", 10).stream().anyMatch(c -> c.getId() == promise.getId()),
                    "the promise is on the agent's list of open promises (My day)");
            String timeline = d.s.cases().interactions(caseId).get(0).getAgentSummary();
            assertTrue(timeline.contains("listening-call"), timeline);
            assertTrue(timeline.contains("Ordered on the 1st"), timeline);
            assertTrue(timeline.contains("Client hung up"), timeline);
            assertEquals(List.of(run), d.runs.runsOf(caseId));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void badRunsAreRefusedAndNothingIsSavedHalfway(String kind) {
        try (ScriptDesk d = new ScriptDesk(kind)) {
            long caseId = d.newCase("Ana Rusu", "ro");
            StoredScript script = d.library.current("listening-call", Language.RO).orElseThrow();
            d.as("agent");
            Instant now = d.clock.now();
            refused("steps", () -> d.runs.save(new RunDraft(caseId, script.id(), now, now, true,
                    List.of(done("greet"), done("no-such-step")))));
            refused("promiseDue", () -> d.runs.save(new RunDraft(caseId, script.id(), now, now, true,
                    List.of(done("greet"), done("defer")))));
            refused("promiseDue", () -> d.runs.save(listeningCall(d, caseId, script, now.minusSeconds(60))));
            refused("finishedAt", () -> d.runs.save(new RunDraft(caseId, script.id(), now, now.minusSeconds(1), true,
                    List.of(done("greet")))));
            refused("steps", () -> d.runs.save(new RunDraft(caseId, script.id(), now, now, true, List.of())));
            assertEquals(0, d.count("script_run"));
            assertEquals(0, d.count("script_run_step"));
            assertEquals(0, d.count("commitment"));
            assertEquals(0, d.count("interaction"));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anAdminChangesAScriptAsANewVersionAndARunKeepsTheVersionItUsed(String kind) {
        try (ScriptDesk d = new ScriptDesk(kind)) {
            long caseId = d.newCase("Jan Kowalski", "pl");
            StoredScript v1 = d.library.current("listening-call", Language.PL).orElseThrow();
            ScriptRun first = d.as("agent").runs.save(listeningCall(d, caseId, v1,
                    d.clock.now().plus(Duration.ofHours(3))));

            List<Step> steps = new ArrayList<>(v1.script().steps());
            Step greet = steps.get(0);
            steps.set(0, new Step(greet.id(), greet.kind(), "Dzień dobry, mówi {agent}. Dzwonię w sprawie {case}.",
                    greet.doHint(), greet.dontHint(), greet.capture(), greet.branches(), greet.next()));
            Script edited = new Script(v1.code(), Language.PL, v1.version(), v1.script().title(), steps);
            refused("role", () -> d.library.save(edited, v1.version()));
            StoredScript v2 = d.as("admin").library.save(edited, v1.version());
            assertEquals(v1.version() + 1, v2.version());
            assertEquals(v2, d.library.current("listening-call", Language.PL).orElseThrow());
            assertThrows(ConcurrentChangeException.class, () -> d.library.save(edited, v1.version()),
                    "an edit of an older version is refused: someone saved meanwhile");

            ScriptRun pinned = d.runs.run(first.id());
            assertEquals(v1.version(), pinned.version());
            assertEquals(greet.prompt(), pinned.steps().get(0).prompt(), "the run shows the words it was run with");

            d.library.retire("listening-call", Language.PL, true);
            assertTrue(d.library.current("listening-call", Language.PL).isEmpty());
            assertTrue(d.library.byId(v1.id()).retired(), "a retired version stays readable");
            assertEquals(greet.prompt(), d.runs.run(first.id()).steps().get(0).prompt());
            d.library.retire("listening-call", Language.PL, false);
            assertEquals(v2.id(), d.library.current("listening-call", Language.PL).orElseThrow().id());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void unsoundScriptsAndMalformedFilesAreRefusedWithNothingSaved(String kind) {
        try (ScriptDesk d = new ScriptDesk(kind)) {
            long before = d.count("script_version");
            String circle = "code = loop\nlanguage = en\ntitle = Round and round\n\n[a] say\nprompt = Hello\ndo = x\n"
                    + "dont = y\nnext = b\n\n[b] say\nprompt = Again\ndo = x\ndont = y\nnext = a\n";
            InvalidInputException e = refused("script", () -> d.library.importFile("loop.script", circle));
            assertTrue(e.getMessage().contains("a \u2192 b \u2192 a"), e.getMessage());
            e = refused("script", () -> d.library.importFile("gone.script", circle.replace("next = a", "next = z")));
            assertTrue(e.getMessage().contains("\"z\""), e.getMessage());
            e = refused("script", () -> d.library.importFile("empty.script", circle.replace("prompt = Again", "")
                    .replace("next = a", "")));
            assertTrue(e.getMessage().contains("no prompt"), e.getMessage());
            e = refused("file", () -> d.library.importFile("bad.script", "code = x\n[a] say\nprompt Hello"));
            assertEquals("bad.script line 3: expected key = value", e.getMessage());
            refused("file", () -> d.library.importFile("blank.script", "  "));
            assertEquals(before, d.count("script_version"));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anExportedScriptImportsBackAndAChangedFileBecomesTheNextVersion(String kind) {
        try (ScriptDesk d = new ScriptDesk(kind)) {
            for (StoredScript s : d.library.latest()) {
                Script back = d.library.read("x.script", d.library.export(s.script()));
                assertEquals(s.script(), back, s.code() + " " + s.script().language());
            }
            StoredScript v1 = d.library.current("listening-call", Language.EN).orElseThrow();
            String file = d.library.export(v1.script());
            assertEquals(v1.id(), d.library.importFile("same.script", file).id(), "the same text makes no new version");
            StoredScript v2 = d.library.importFile("mine.script",
                    file.replace("title = The listening call", "title = The first call-back"));
            assertEquals(v1.version() + 1, v2.version());
            assertEquals("The first call-back", v2.script().title());
            assertEquals(2, d.library.versions("listening-call", Language.EN).size());

            String newScript = "code = welcome-back\nlanguage = ro\ntitle = Bine ați revenit\n\n[hello] say\n"
                    + "prompt = Bună ziua, {client}!\ndo = Zâmbiți.\ndont = Grăbiți clientul.\n";
            StoredScript created = d.library.importFile("welcome.script", newScript);
            assertEquals(1, created.version());
            assertEquals("welcome-back", d.library.current("welcome-back", Language.RO).orElseThrow().code());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void coachingFiguresCountRunsSkipsPromisesKeptOnTimeAndEscalationsAfterARun(String kind) {
        try (ScriptDesk d = new ScriptDesk(kind)) {
            StoredScript script = d.library.current("listening-call", Language.EN).orElseThrow();
            Instant from = d.clock.now();
            long kept = d.newCase("A Client", "en");
            ScriptRun one = d.as("agent").runs.save(listeningCall(d, kept, script, from.plus(Duration.ofHours(2))));
            long late = d.newCase("B Client", "en");
            ScriptRun two = d.runs.save(listeningCall(d, late, script, from.plus(Duration.ofHours(2))));
            d.as("other").runs.save(new RunDraft(d.newCase("C Client", "en"), script.id(), from, from, false,
                    List.of(done("greet"), new StepRecord("listen", StepOutcome.FAILED, "No answer", null, null, null,
                            null, null, 30))));

            d.clock.advance(Duration.ofHours(1));
            d.as("agent").s.cases().settleCommitment(one.steps().get(5).commitmentId(),
                    d.s.cases().commitments(kept).get(0).getVersion(), CommitmentState.KEPT, "called");
            d.clock.advance(Duration.ofHours(2));
            d.s.cases().settleCommitment(two.steps().get(5).commitmentId(),
                    d.s.cases().commitments(late).get(0).getVersion(), CommitmentState.KEPT, "called late");
            // the complaint log records an escalation in the audit trail as case.escalate
            d.s.store().inTransaction(() -> {
                d.s.store().audit("case.escalate", "case", late, null, "{}", "the client wants the head");
                return null;
            });

            List<CoachingFigures> figures = d.runs.coaching(from, from.plus(Duration.ofDays(1)));
            assertEquals(List.of(
                    new CoachingFigures("agent", "listening-call", "The listening call", 2, 2, 2, 0, 2, 1, 1),
                    new CoachingFigures("other", "listening-call", "The listening call", 1, 0, 0, 1, 0, 0, 0)),
                    figures);
            assertEquals(List.of(), d.runs.coaching(from.minus(Duration.ofDays(2)), from));
            refused("period", () -> d.runs.coaching(from, from));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anAdminRewordsTheToneRulesAndCanGoBackToParleys(String kind) {
        try (ScriptDesk d = new ScriptDesk(kind)) {
            ParleyToneRules tone = new ParleyToneRules();
            tone.setStore(d.s.store());
            tone.setUsers(d.s.users());
            RuleBasedToneCheck check = new RuleBasedToneCheck();
            check.addRuleSet(new ToneRuleSet() {
                @Override
                public String id() {
                    return ShippedToneRules.ID;
                }

                @Override
                public Language language() {
                    return Language.EN;
                }

                @Override
                public List<ToneRule> rules() {
                    return tone.rules(Language.EN);
                }
            });
            String reply = "That is not my department, and it's not our fault.";
            assertEquals(List.of("it's not our fault"), check.check(reply, Language.EN).stream().map(ToneFlag::phrase).toList());
            assertFalse(tone.edited(Language.EN));

            String mine = tone.text(Language.EN) + "\nEXCUSE | not my department | I will find the right person for you.\n";
            refused("role", () -> d.as("agent").s.store().inTransaction(() -> {
                tone.save(Language.EN, mine);
                return null;
            }));
            InvalidInputException e = refused("rules", () -> d.as("admin").s.store().inTransaction(() -> {
                tone.save(Language.EN, mine + "ANGER | x | y\n");
                return null;
            }));
            assertTrue(e.getMessage().contains("line"), e.getMessage());
            tone.save(Language.EN, mine);
            assertTrue(tone.edited(Language.EN));
            List<ToneFlag> flags = check.check(reply, Language.EN);
            assertEquals(2, flags.size());
            assertEquals(ToneCategory.EXCUSE, flags.get(0).category());
            assertEquals("I will find the right person for you.", flags.get(0).suggestion());

            assertEquals(List.of("my manager's decision"), tone.trial("EXCUSE | my manager'?s decision | I decided this.",
                    "Sorry, it was my manager's decision.", Language.EN).stream().map(ToneFlag::phrase).toList(),
                    "an admin tries a wording before saving it");
            refused("rules", () -> tone.trial("EXCUSE | (oops | x", "anything", Language.EN));

            tone.reset(Language.EN);
            assertEquals(1, check.check(reply, Language.EN).size());
            assertEquals(ShippedToneRules.text(Language.EN), tone.text(Language.EN));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aCallWalksTheScriptStepByStepFollowingTheBranchChosen(String kind) {
        try (ScriptDesk d = new ScriptDesk(kind)) {
            long caseId = d.newCase("Mary Smith", "en");
            StoredScript script = d.library.current("listening-call", Language.EN).orElseThrow();
            Instant t = d.clock.now();
            ScriptCall call = new ScriptCall(script, caseId, Map.of("agent", "Ana", "case", "2026-0042"), t);
            assertTrue(call.prompt().contains("this is Ana"), call.prompt());
            assertTrue(call.prompt().contains("2026-0042"), call.prompt());
            call.done(t.plusSeconds(15), null, null, -1, null, null, null);
            call.done(t.plusSeconds(200), "long story", null, -1, null, null, null);
            assertEquals("apologise", call.current().id());
            call.back();
            assertEquals("listen", call.current().id(), "a mark taken back brings its step up again");
            call.done(t.plusSeconds(210), "long story", null, -1, null, null, null);
            call.pass(t.plusSeconds(220), StepOutcome.SKIPPED, "already apologised twice");
            call.done(t.plusSeconds(300), null, "Parcel promised for Monday", -1, null, null, null);
            assertEquals("kind", call.current().id());
            refused("branch", () -> call.pass(t.plusSeconds(301), StepOutcome.SKIPPED, null));
            refused("branch", () -> call.done(t.plusSeconds(301), null, null, 7, null, null, null));
            call.done(t.plusSeconds(310), null, null, 1, null, null, null);
            assertEquals("explain", call.current().id(), "the client is wrong: the step-by-step explanation");
            call.done(t.plusSeconds(400), null, null, -1, null, null, null);
            assertEquals("defer", call.current().id());
            refused("promiseDue", () -> call.done(t.plusSeconds(401), null, null, -1, null, null, null));
            Instant due = t.plus(Duration.ofHours(4));
            call.done(t.plusSeconds(420), null, null, -1, due, CommitmentKind.CALL_BACK, null);
            call.done(t.plusSeconds(430), null, null, -1, null, null, null);
            assertTrue(call.finished());

            ScriptRun run = d.as("agent").runs.save(call.draft(t.plusSeconds(431)));
            assertTrue(run.completed());
            assertEquals(List.of("greet", "listen", "apologise", "ask", "kind", "explain", "defer", "thank"),
                    run.steps().stream().map(ScriptRun.RunStep::stepId).toList());
            assertEquals(195, run.steps().get(1).elapsedSeconds(), "from when the step came up again");
            assertEquals("The client is wrong about the facts, and I am certain", run.steps().get(4).branch());
            String promise = d.s.cases().commitments(caseId).get(0).getDescription();
            assertTrue(promise.startsWith("I need"), promise);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aProblemClientIsToldOnlyOfTheCallBackAndTheTimePromisedIsRepeatedAtTheEnd(String kind) {
        try (ScriptDesk d = new ScriptDesk(kind)) {
            long caseId = d.newCase("Grumpy Client", "en");
            StoredScript script = d.library.current("acknowledge-complaint", Language.EN).orElseThrow();
            Instant t = d.clock.now();
            ScriptCall call = new ScriptCall(script, caseId, Map.of("agent", "Ana", "case", "P-0000042"), t,
                    at -> "10:30");
            for (String step : List.of("read", "greet", "thank", "react")) {
                assertEquals(step, call.current().id());
                call.done(t, null, null, -1, null, null, null);
            }
            assertEquals("manner", call.current().id());
            call.done(t, null, null, 1, null, null, null);
            assertEquals("firm", call.current().id(), "a problem client: polite and firm");
            call.done(t, null, null, -1, null, null, null);
            call.done(t, null, "A full refund and a new phone, or I post a review", -1, null, null, null);
            assertEquals("escalate", call.current().id(), "the demands are written down, then one level up");
            call.done(t, null, null, -1, null, null, null);
            assertEquals("promise", call.current().id());
            call.done(t, null, null, -1, t.plus(Duration.ofHours(2)), CommitmentKind.CALL_BACK, null);
            call.done(t, null, "This number, after 10", -1, null, null, null);
            assertEquals("close", call.current().id());
            assertTrue(call.prompt().contains("by 10:30"), "the promised time is repeated: " + call.prompt());
            call.done(t, null, null, -1, null, null, null);
            ScriptRun run = d.as("agent").runs.save(call.draft(t.plusSeconds(300)));
            assertEquals("A full refund and a new phone, or I post a review", run.steps().get(6).answer());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aCallStoppedEarlyKeepsWhatWasWrittenAtTheStepThatWasUp(String kind) {
        try (ScriptDesk d = new ScriptDesk(kind)) {
            long caseId = d.newCase("Mary Smith", "en");
            StoredScript script = d.library.current("listening-call", Language.EN).orElseThrow();
            Instant t = d.clock.now();
            ScriptCall call = new ScriptCall(script, caseId, Map.of(), t);
            call.done(t.plusSeconds(10), null, null, -1, null, null, null);
            call.stop(t.plusSeconds(40), "The client hung up while telling the story", null);
            call.stop(t.plusSeconds(41), "twice", null);
            ScriptRun run = d.as("agent").runs.save(call.draft(t.plusSeconds(45)));
            assertFalse(run.completed());
            assertEquals(2, run.steps().size());
            assertEquals(StepOutcome.SKIPPED, run.steps().get(1).outcome());
            assertEquals("The client hung up while telling the story", run.steps().get(1).note());
        }
    }

    @Test
    void placeholdersAreFilledAndUnknownOnesRefused() {
        assertEquals("Hello, this is Ana about 2026-0001. {other}",
                Script.fill("Hello, this is {agent} about {case}. {other}", Map.of("agent", "Ana", "case", "2026-0001")));
        Script s = new Script("x", Language.EN, 1, "X", List.of(new Step("a", "say", "Hi {nickname}", "d", "n", null,
                null, null)));
        assertTrue(new SoundScripts().problems(s).get(0).contains("{nickname}"));
    }

    @Test
    void aPromisedSpanIsSaidWithTheRightFormOfItsUnitInEachLanguage() {
        assertEquals("1 hour", TimeSpans.say(Duration.ofMinutes(55), Language.EN));
        assertEquals("2 days", TimeSpans.say(Duration.ofHours(48), Language.EN));
        assertEquals("2 часа", TimeSpans.say(Duration.ofHours(2), Language.RU));
        assertEquals("5 часов", TimeSpans.say(Duration.ofHours(5), Language.RU));
        assertEquals("21 час", TimeSpans.say(Duration.ofHours(21), Language.RU));
        assertEquals("12 часов", TimeSpans.say(Duration.ofHours(12), Language.RU));
        assertEquals("1 день", TimeSpans.say(Duration.ofHours(24), Language.RU));
        assertEquals("godziny", TimeSpans.say(Duration.ofHours(1), Language.PL));
        assertEquals("4 godzin", TimeSpans.say(Duration.ofHours(4), Language.PL));
        assertEquals("2 dni", TimeSpans.say(Duration.ofHours(48), Language.PL));
        assertEquals("o oră", TimeSpans.say(Duration.ofHours(1), Language.RO));
        assertEquals("4 ore", TimeSpans.say(Duration.ofHours(4), Language.RO));
        assertEquals("23 de ore", TimeSpans.say(Duration.ofHours(23), Language.RO));
        assertEquals("2 zile", TimeSpans.say(Duration.ofHours(48), Language.RO));
    }

    private static InvalidInputException refused(String field, Executable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action);
        assertEquals(field, e.field(), e.getMessage());
        return e;
    }
}
