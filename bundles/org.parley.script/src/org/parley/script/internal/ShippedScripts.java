package org.parley.script.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.parley.core.model.Language;
import org.parley.script.Script;

/**
 * The scripts Parley ships in {@code scripts/<code>_<language>.script}, written from the source practice. They are
 * copied into the database the first time the script library is used, and from then on admins own them.
 */
final class ShippedScripts {

    /** In the order of a case's life: before the contract, intake, the calls, the end. */
    static final List<String> CODES = List.of("first-meeting", "polite-refusal", "acknowledge-complaint",
            "listening-call", "defer-verdict", "closing-call", "termination-call");

    private ShippedScripts() {
    }

    static Script read(String code, Language language) {
        String name = code + "_" + language.code() + ".script";
        try (InputStream in = ShippedScripts.class.getClassLoader().getResourceAsStream("scripts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Parley ships no script " + name);
            }
            return ScriptFile.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
