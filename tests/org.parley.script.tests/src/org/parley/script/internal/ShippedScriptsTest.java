package org.parley.script.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.parley.core.model.Language;
import org.parley.script.Script;
import org.parley.script.Step;
import org.parley.script.StepKinds;

/** The shipped listening call reads and is sound in every language, with the same steps and a promise. */
class ShippedScriptsTest {

    private static Script read(String name) throws IOException {
        try (InputStream in = ShippedScriptsTest.class.getClassLoader().getResourceAsStream("scripts/" + name)) {
            assertNotNull(in, name);
            return ScriptFile.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theListeningCallIsSoundInEveryLanguage(Language language) throws IOException {
        Script script = read("listening-call_" + language.code() + ".script");
        assertEquals(language, script.language());
        assertEquals(List.of(), new SoundScripts().problems(script));
        Script english = read("listening-call_en.script");
        assertEquals(english.steps().stream().map(Step::id).toList(), script.steps().stream().map(Step::id).toList(),
                "the same steps in every language");
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
