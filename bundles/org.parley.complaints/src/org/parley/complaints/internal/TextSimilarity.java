package org.parley.complaints.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two complaints' words are: the Jaccard index of their character trigrams after case, accents,
 * punctuation and spacing are ignored. "My order is late!!" and "my order is late" score 1.0; a different
 * complaint from the same client scores well below the duplicate threshold.
 */
final class TextSimilarity {

    /** Words at least this alike, from the same client and channel and close in time, are likely duplicates. */
    static final double DUPLICATE_THRESHOLD = 0.8;

    private TextSimilarity() {
    }

    static double of(String a, String b) {
        Set<String> x = trigrams(a);
        Set<String> y = trigrams(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1.0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return (double) common.size() / (x.size() + y.size() - common.size());
    }

    static String normalised(String text) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Set<String> trigrams(String text) {
        String t = " " + normalised(text) + " ";
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 3 <= t.length(); i++) {
            grams.add(t.substring(i, i + 3));
        }
        return grams;
    }
}
