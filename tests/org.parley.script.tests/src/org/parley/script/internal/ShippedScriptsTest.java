package org.parley.script.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.parley.core.model.Language;
import org.parley.script.Script;
import org.parley.script.Step;
import org.parley.script.StepKinds;

/** Every shipped script reads and is sound in every language, with the same steps as in English. */
class ShippedScriptsTest {

    static Stream<Arguments> shipped() {
        return ShippedScripts.CODES.stream()
                .flatMap(code -> Stream.of(Language.values()).map(language -> Arguments.of(code, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("shipped")
    void everyShippedScriptIsSoundAndHasTheSameStepsInEveryLanguage(String code, Language language) {
        Script script = ShippedScripts.read(code, language);
        assertEquals(code, script.code());
        assertEquals(language, script.language());
        assertEquals(List.of(), new SoundScripts().problems(script));
        Script english = ShippedScripts.read(code, Language.EN);
        assertEquals(english.version(), script.version());
        assertEquals(english.steps().stream().map(Step::id).toList(), script.steps().stream().map(Step::id).toList(),
                "the same steps in every language");
        for (int i = 0; i < english.steps().size(); i++) {
            Step en = english.steps().get(i);
            Step here = script.steps().get(i);
            assertEquals(en.kind(), here.kind(), en.id());
            assertEquals(en.next(), here.next(), en.id());
            assertEquals(en.capture(), here.capture(), en.id());
            assertEquals(en.branches().stream().map(Step.Branch::target).toList(),
                    here.branches().stream().map(Step.Branch::target).toList(), en.id());
            if (!StepKinds.BRANCH.equals(en.kind())) {
                assertNotNull(here.doHint(), en.id() + " has a do hint");
                assertNotNull(here.dontHint(), en.id() + " has a don't hint");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theListeningCallDefersTheVerdictWithAPromiseAndBranches(Language language) {
        Script script = ShippedScripts.read("listening-call", language);
        assertTrue(script.steps().stream().anyMatch(s -> StepKinds.PROMISE.equals(s.kind())
                && s.capture() == Step.Capture.PROMISE), "the deferred verdict is a promise");
        assertEquals(3, script.steps().stream().filter(s -> s.id().equals("kind")).findFirst().orElseThrow()
                .branches().size(), "a problem to fix, the client is wrong, a gesture");
    }

    @Test
    void aMalformedLineIsRefusedWithItsNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScriptFile.parse("mine.script", "code = x\n\n[a] say\nprompt = Hello\nbranch = nowhere"));
        assertEquals("mine.script line 5: a branch is written: what happens -> step id", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ScriptFile.parse("mine.script", "colour = blue"));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }
}
