package org.parley.core.service;

import java.util.regex.Pattern;

import org.parley.core.internal.CoreText;

/**
 * The input rules every service applies before it stores anything. Each failure names the field and says
 * what is wrong in the user's language.
 */
public final class Require {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private Require() {
    }

    /** Trimmed text that must not be empty and must fit {@code max} characters. */
    public static String text(String field, String value, int max) {
        String t = optionalText(field, value, max);
        if (t == null) {
            throw new InvalidInputException(field, CoreText.get("input.required", label(field)));
        }
        return t;
    }

    /** Trimmed text or null when empty; must fit {@code max} characters. */
    public static String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = value.strip();
        if (t.length() > max) {
            throw new InvalidInputException(field, CoreText.get("input.tooLong", label(field), max, t.length()));
        }
        if (t.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidInputException(field, CoreText.get("input.controlCharacters", label(field)));
        }
        return t;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, CoreText.get("input.required", label(field)));
        }
        return value;
    }

    /** A channel code: lower-case letters, digits and dashes, e.g. {@code whatsapp} or {@code in-person}. */
    public static String channel(String field, String value) {
        String t = text(field, value, 40).toLowerCase(java.util.Locale.ROOT);
        if (!CODE.matcher(t).matches()) {
            throw new InvalidInputException(field, CoreText.get("input.channel", t));
        }
        return t;
    }

    public static String login(String field, String value) {
        String t = text(field, value, 64).toLowerCase(java.util.Locale.ROOT);
        if (!LOGIN.matcher(t).matches()) {
            throw new InvalidInputException(field, CoreText.get("input.login", t));
        }
        return t;
    }

    /** A two- or three-letter ISO 639 language code, lower-cased. */
    public static String language(String field, String value) {
        String t = text(field, value, 64).toLowerCase(java.util.Locale.ROOT);
        if (!t.matches("[a-z]{2,3}")) {
            throw new InvalidInputException(field, CoreText.get("input.language", t));
        }
        return t;
    }

    /** An organisational level: 0 is the front line. */
    public static int level(String field, int value) {
        if (value < 0 || value > 20) {
            throw new InvalidInputException(field, CoreText.get("input.level", value));
        }
        return value;
    }

    private static String label(String field) {
        return CoreText.get("field." + field);
    }
}
