package org.parley.core.service;

import org.parley.core.model.FieldTarget;

/**
 * A condition on a custom field's value in a {@link CaseQuery}: on a field of the case itself or of the case's
 * client. A text field matches when its value contains {@code text} ignoring case; a choice field when it equals
 * {@code text}; a number or date field when its value lies between {@code from} and {@code to} (inclusive, either
 * may be null for an open range; both equal for equality). Values are written as for
 * {@link CustomField#normalize(String)} and checked when the query runs.
 */
public record FieldCriterion(FieldTarget target, String code, String text, String from, String to) {

    public FieldCriterion {
        Require.present("target", target);
        code = Require.text("code", code, 40);
        text = Require.optionalText("filter", text, 200);
        from = Require.optionalText("filter", from, 60);
        to = Require.optionalText("filter", to, 60);
    }

    /** Text contains / choice equals {@code value}. */
    public static FieldCriterion matching(FieldTarget target, String code, String value) {
        return new FieldCriterion(target, code, value, null, null);
    }

    /** Number or date between {@code from} and {@code to}, inclusive; either may be null. */
    public static FieldCriterion between(FieldTarget target, String code, String from, String to) {
        return new FieldCriterion(target, code, null, from, to);
    }
}
