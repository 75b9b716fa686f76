package org.parley.store.internal;

import org.parley.core.l10n.Texts;

/** The store's user-facing texts. */
final class StoreText {

    private static final Texts TEXTS = new Texts(StoreText.class);

    private StoreText() {
    }

    static String get(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
