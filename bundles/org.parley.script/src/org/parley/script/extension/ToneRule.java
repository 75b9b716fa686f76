package org.parley.script.extension;

import java.util.regex.Pattern;

import org.parley.script.ToneCategory;

/**
 * One rule of a tone rule set: a phrase pattern (a regular expression, matched ignoring case, with Unicode word
 * characters) and the alternative to suggest.
 */
public record ToneRule(ToneCategory category, Pattern pattern, String suggestion) {

    /** Flags for {@link #compile}: case-insensitive in every script, words in every alphabet. */
    public static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** A rule from a pattern as written; whole words only (the pattern is wrapped in word boundaries). */
    public static ToneRule compile(ToneCategory category, String pattern, String suggestion) {
        return new ToneRule(category, Pattern.compile("\\b(?:" + pattern + ")\\b", FLAGS), suggestion);
    }
}
