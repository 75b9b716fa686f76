package org.parley.script.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.parley.core.model.Language;
import org.parley.core.service.InvalidInputException;
import org.parley.script.Script;
import org.parley.script.Step;
import org.parley.script.Step.Branch;
import org.parley.script.Step.Capture;
import org.parley.script.StepKinds;
import org.parley.script.extension.StepKind;

/** A script is refused when a call through it could not be followed: cycles, missing steps, empty prompts. */
class ScriptRulesTest {

    private final SoundScripts rules = new SoundScripts();

    private static Step step(String id, String kind, String prompt, String next, Branch... branches) {
        return new Step(id, kind, prompt, null, null, StepKinds.PROMISE.equals(kind) ? Capture.PROMISE : Capture.NOTHING,
                List.of(branches), next);
    }

    /** The listening call in short: listen, ask, decide whether the client is wrong, promise a call-back. */
    private static List<Step> listeningCall() {
        return new ArrayList<>(List.of(
                step("listen", StepKinds.LISTEN, "Let the client speak without interrupting.", "ask"),
                step("ask", StepKinds.ASK, "Ask until the problem is fully understood.", "which"),
                step("which", StepKinds.BRANCH, "Is the client right about the facts?", null,
                        new Branch("Yes, or not sure yet", "promise"), new Branch("No, and I am certain", "explain")),
                step("explain", StepKinds.SAY, "Explain step by step, without blame, what happened.", "promise"),
                step("promise", StepKinds.PROMISE, "I will look into it and call you back by ...", null)));
    }

    private static Script script(List<Step> steps) {
        return new Script("listening-call", Language.EN, 1, "The listening call", steps);
    }

    @Test
    void aSoundScriptPasses() {
        assertEquals(List.of(), rules.problems(script(listeningCall())));
        rules.requireSound(script(listeningCall()));
    }

    @Test
    void aCircleIsRefusedNamingItsSteps() {
        List<Step> steps = listeningCall();
        steps.set(3, step("explain", StepKinds.SAY, "Explain step by step.", "ask"));
        List<String> problems = rules.problems(script(steps));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("ask \u2192 which \u2192 explain \u2192 ask"), problems.get(0));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> rules.requireSound(script(steps)));
        assertEquals("script", e.field());
    }

    @Test
    void aBranchToAMissingStepAnEmptyPromptAndADuplicateIdAreEachNamed() {
        List<Step> steps = listeningCall();
        steps.set(2, step("which", StepKinds.BRANCH, "Is the client right?", null, new Branch("Yes", "promise"),
                new Branch("No", "explain-again")));
        steps.set(1, step("ask", StepKinds.ASK, "  ", "which"));
        steps.add(step("promise", StepKinds.NOTE, "Note the promise.", null));
        String all = String.join("\n", rules.problems(script(steps)));
        assertTrue(all.contains("\"explain-again\""), all);
        assertTrue(all.contains("Step \"ask\" has no prompt"), all);
        assertTrue(all.contains("Two steps have the id \"promise\""), all);
    }

    @Test
    void branchesPromisesKindsAndReachAreChecked() {
        List<Step> steps = listeningCall();
        steps.set(2, step("which", StepKinds.BRANCH, "Is the client right?", null, new Branch("Yes", "promise")));
        steps.set(4, new Step("promise", StepKinds.PROMISE, "I will call back.", null, null, Capture.NOTHING, List.of(), null));
        steps.add(step("orphan", "sing", "Sing a song.", null));
        String all = String.join("\n", rules.problems(script(steps)));
        assertTrue(all.contains("at least two"), all);
        assertTrue(all.contains("must capture the promise"), all);
        assertTrue(all.contains("kind \"sing\""), all);
        List<Step> unreachable = listeningCall();
        unreachable.add(step("orphan", StepKinds.NOTE, "Never reached.", null));
        assertEquals(List.of("Step \"orphan\" can never be reached from the first step."),
                rules.problems(script(unreachable)));
    }

    @Test
    void aPlugInStepKindIsAcceptedWhileInstalled() {
        StepKind verify = new StepKind() {
            public String code() { return "verify-identity"; }
            public String label(Locale l) { return "Verify identity"; }
        };
        List<Step> steps = listeningCall();
        steps.set(0, step("listen", "verify-identity", "Ask for the contract number.", "ask"));
        assertEquals(1, rules.problems(script(steps)).size());
        rules.addKind(verify);
        assertEquals(List.of(), rules.problems(script(steps)));
        rules.removeKind(verify);
        assertEquals(1, rules.problems(script(steps)).size());
    }

    @Test
    void aScriptNeedsACodeATitleALanguageAndSteps() {
        List<String> problems = rules.problems(new Script("Listening Call", null, 1, " ", List.of()));
        assertEquals(4, problems.size(), problems.toString());
    }
}
