package org.parley.termination.internal;

import org.parley.core.l10n.Texts;

/** The termination bundle's user-facing texts, from OSGI-INF/l10n/bundle*.properties in the user's language. */
public final class TerminationText {

    private static final Texts TEXTS = new Texts(TerminationText.class);

    private TerminationText() {
    }

    public static String get(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
