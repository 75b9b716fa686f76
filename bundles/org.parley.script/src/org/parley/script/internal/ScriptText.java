package org.parley.script.internal;

import org.parley.core.l10n.Texts;

/** The scripts bundle's user-facing texts, from OSGI-INF/l10n/bundle*.properties in the user's language. */
public final class ScriptText {

    private static final Texts TEXTS = new Texts(ScriptText.class);

    private ScriptText() {
    }

    public static String get(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
