package org.parley.compensation.internal;

import org.parley.core.l10n.Texts;

/** The compensation bundle's user-facing texts, from OSGI-INF/l10n/bundle*.properties in the user's language. */
public final class CompensationText {

    private static final Texts TEXTS = new Texts(CompensationText.class);

    private CompensationText() {
    }

    public static String get(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
