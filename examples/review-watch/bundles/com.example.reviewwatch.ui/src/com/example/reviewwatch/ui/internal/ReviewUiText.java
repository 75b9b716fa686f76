package com.example.reviewwatch.ui.internal;

import org.parley.core.l10n.Texts;

/** The workbench bundle's texts, from {@code OSGI-INF/l10n/bundle*.properties}. */
final class ReviewUiText {

    private static final Texts TEXTS = new Texts(ReviewUiText.class);

    private ReviewUiText() {
    }

    static String get(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
