package org.parley.complaints.internal;

import org.parley.core.l10n.Texts;

/** The complaint log's user-facing texts, from OSGI-INF/l10n/bundle*.properties in the default locale. */
public final class ComplaintText {

    private static final Texts TEXTS = new Texts(ComplaintText.class);

    private ComplaintText() {
    }

    public static String get(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
