package com.example.reviewwatch.internal;

import org.parley.core.l10n.Texts;

/** The plug-in's texts, from {@code OSGI-INF/l10n/bundle*.properties}. */
final class ReviewText {

    private static final Texts TEXTS = new Texts(ReviewText.class);

    private ReviewText() {
    }

    static String get(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
