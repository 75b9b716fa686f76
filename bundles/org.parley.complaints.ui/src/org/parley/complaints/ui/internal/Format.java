package org.parley.complaints.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How the complaint log shows times and long texts in lists. */
public final class Format {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

    private Format() {
    }

    public static String moment(Instant at) {
        return at == null ? "" : MOMENT.format(at.atZone(ZoneId.systemDefault()));
    }

    /** The first line, cut to {@code max} characters, for a table cell. */
    public static String firstWords(String text, int max) {
        if (text == null) {
            return "";
        }
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() <= max ? line : line.substring(0, max - 1) + "\u2026";
    }
}
