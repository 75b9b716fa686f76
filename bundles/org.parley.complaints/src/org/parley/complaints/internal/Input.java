package org.parley.complaints.internal;

import org.parley.core.service.InvalidInputException;

/**
 * The complaint log's input rules (the same as core's {@code Require}), with field names from this bundle's
 * texts, so each refusal names the field as the user sees it.
 */
final class Input {

    private Input() {
    }

    static String text(String field, String value, int max) {
        String t = optional(field, value, max);
        if (t == null) {
            throw new InvalidInputException(field, ComplaintText.get("input.required", label(field)));
        }
        return t;
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = value.strip();
        if (t.length() > max) {
            throw new InvalidInputException(field, ComplaintText.get("input.tooLong", label(field), max, t.length()));
        }
        if (t.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidInputException(field, ComplaintText.get("input.controlCharacters", label(field)));
        }
        return t;
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, ComplaintText.get("input.required", label(field)));
        }
        return value;
    }

    static String label(String field) {
        return ComplaintText.get("field." + field);
    }
}
