package org.parley.core.internal;

import org.parley.core.l10n.Texts;

/** The core bundle's user-facing texts. */
public final class CoreText {

    private static final Texts TEXTS = new Texts(CoreText.class);

    private CoreText() {
    }

    public static String get(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
