package org.parley.core.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parley.core.internal.CoreText;
import org.parley.core.model.FieldTarget;
import org.parley.core.model.FieldType;

/**
 * A field an admin defined on clients or cases, without code. Values are kept as canonical text (see
 * {@link #normalize(String)}): a number as plain decimal digits, a date as {@code yyyy-MM-dd}, a choice as
 * one of {@link #choices()}.
 *
 * @param id       database id
 * @param version  optimistic-lock version, to pass back when changing the field
 * @param target   whether the field belongs to clients or to cases
 * @param code     stable key of lower-case letters, digits and dashes, unique per target; names the field in
 *                 exports and in {@link InvalidInputException#field()}
 * @param labels   label per ISO 639 language code; {@code en} is always present
 * @param type     what the field holds
 * @param choices  the allowed values of a {@link FieldType#CHOICE} field, in display order; empty otherwise
 * @param required whether every record must have a value
 * @param active   false once retired: a retired field is no longer shown for input, but old values stay readable
 * @param position order among the fields of its target, smallest first
 */
public record CustomField(long id, long version, FieldTarget target, String code, Map<String, String> labels,
        FieldType type, List<String> choices, boolean required, boolean active, int position) {

    /** The longest text value accepted. */
    public static final int MAX_TEXT = 1000;

    /** Digits allowed after the decimal point of a number. */
    public static final int NUMBER_SCALE = 6;

    /** Digits allowed before the decimal point of a number. */
    public static final int NUMBER_INTEGER_DIGITS = 18;

    public CustomField {
        labels = Map.copyOf(labels);
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** The label in the default locale's language, else in English. */
    public String label() {
        return label(Locale.getDefault().getLanguage());
    }

    /** The label in {@code language}, else in English. */
    public String label(String language) {
        String l = language == null ? null : labels.get(language);
        return l != null ? l : labels.get("en");
    }

    /**
     * Checks a value typed for this field and returns it in canonical form, or null when {@code raw} is
     * empty and the field is optional.
     *
     * @throws InvalidInputException naming {@link #code()}, with a message in the user's language
     */
    public String normalize(String raw) {
        String t = raw == null || raw.isBlank() ? null : raw.strip();
        if (t == null) {
            if (required) {
                throw new InvalidInputException(code, CoreText.get("input.required", label()));
            }
            return null;
        }
        switch (type) {
            case TEXT -> {
                if (t.length() > MAX_TEXT) {
                    throw new InvalidInputException(code, CoreText.get("input.tooLong", label(), MAX_TEXT, t.length()));
                }
                if (t.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                    throw new InvalidInputException(code, CoreText.get("input.controlCharacters", label()));
                }
                return t;
            }
            case NUMBER -> {
                return number(t).toPlainString();
            }
            case DATE -> {
                return date(t).toString();
            }
            case CHOICE -> {
                for (String c : choices) {
                    if (c.equals(t)) {
                        return c;
                    }
                }
                for (String c : choices) {
                    if (c.equalsIgnoreCase(t)) {
                        return c;
                    }
                }
                throw new InvalidInputException(code, CoreText.get("value.notChoice", label(), t, String.join(", ", choices)));
            }
            default -> throw new IllegalStateException(type.name());
        }
    }

    /** A number typed for this field (a comma is read as the decimal point), or a refusal naming the field. */
    public BigDecimal number(String raw) {
        String t = raw.strip().replace(" ", "").replace("\u00a0", "");
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        BigDecimal n;
        try {
            n = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(code, CoreText.get("value.notNumber", label(), raw.strip()));
        }
        n = n.stripTrailingZeros();
        if (n.scale() < 0) {
            n = n.setScale(0);
        }
        if (n.scale() > NUMBER_SCALE || n.precision() - n.scale() > NUMBER_INTEGER_DIGITS) {
            throw new InvalidInputException(code, CoreText.get("value.numberRange", label(), raw.strip(),
                    NUMBER_INTEGER_DIGITS, NUMBER_SCALE));
        }
        return n;
    }

    /** A date typed for this field as {@code yyyy-MM-dd}, or a refusal naming the field. */
    public LocalDate date(String raw) {
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(code, CoreText.get("value.notDate", label(), raw.strip()));
        }
    }
}
