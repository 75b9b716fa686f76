package org.parley.compensation.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.osgi.util.NLS;
import org.parley.compensation.CatalogueItem;
import org.parley.compensation.GestureKind;
import org.parley.core.service.InvalidInputException;

/** How amounts, ranges and dates are typed and shown in the compensation views. */
final class Amounts {

    private Amounts() {
    }

    static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    static String money(BigDecimal v, String currency) {
        return v == null ? "" : plain(v) + " " + currency;
    }

    /** "5–15 %", "10–100 EUR", "120 EUR" or empty for kinds without a value. */
    static String range(CatalogueItem i) {
        if (i.kind().valueKind() == GestureKind.ValueKind.NONE || i.valueFrom() == null) {
            return "";
        }
        String unit = i.kind() == GestureKind.DISCOUNT_PERCENT ? "%" : i.currency();
        String from = plain(i.valueFrom());
        String to = plain(i.valueTo());
        return (from.equals(to) ? from : from + "\u2013" + to) + " " + unit;
    }

    /** A typed amount (comma or point), or null when empty. */
    static BigDecimal parse(String field, String label, String text) {
        String t = text == null ? "" : text.strip().replace(',', '.').replace(" ", "");
        if (t.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, NLS.bind(Messages.input_notANumber, label, text.strip()));
        }
    }

    /** A typed whole number, or {@code fallback} when empty. */
    static int whole(String field, String label, String text, int fallback) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, NLS.bind(Messages.input_notAWholeNumber, label, t));
        }
    }

    /** A date typed as 2026-12-31, or null when empty. */
    static LocalDate date(String field, String label, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, NLS.bind(Messages.input_notADate, label, t));
        }
    }
}
