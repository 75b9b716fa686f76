package org.parley.script;

/**
 * A phrase of a message flagged by the tone check: where it is ({@code start} inclusive, {@code end} exclusive,
 * as character offsets into the checked text), what kind of phrase it is, and what to write instead.
 */
public record ToneFlag(int start, int end, ToneCategory category, String phrase, String suggestion, String ruleSet) {
}
