package org.parley.complaints.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.parley.core.l10n.Texts;

/** The complaint log's user-facing texts, from OSGI-INF/l10n/bundle*.properties. */
public final class ComplaintText {

    private static final Texts TEXTS = new Texts(ComplaintText.class);

    private ComplaintText() {
    }

    /** The text in the default locale (the user's language on a desktop). */
    public static String get(String key, Object... args) {
        return TEXTS.get(key, args);
    }

    /** A time as the department reads it: in its calendar's zone, to the minute. */
    public static String shown(java.time.Instant at, java.time.ZoneId zone) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(zone));
    }

    /** The text in a given language: a channel's label for a UI in that locale, a message in the client's language. */
    public static String in(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle("OSGI-INF.l10n.bundle", locale, ComplaintText.class.getClassLoader())
                    .getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
