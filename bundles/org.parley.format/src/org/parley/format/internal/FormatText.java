package org.parley.format.internal;

import org.eclipse.osgi.util.NLS;

/** The readers' parse errors, from OSGI-INF/l10n/messages*.properties in the JVM's language. */
public final class FormatText extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.messages";

    public static String csv_unclosedQuote;
    public static String csv_textAfterQuote;
    public static String csv_strayQuote;
    public static String json_expected;
    public static String json_unexpected;
    public static String json_unclosedString;
    public static String json_badEscape;
    public static String json_controlCharacter;
    public static String json_duplicateKey;
    public static String json_endOfFile;

    static {
        NLS.initializeMessages(BUNDLE_NAME, FormatText.class);
    }

    private FormatText() {
    }

    public static String bind(String message, Object... values) {
        return NLS.bind(message, values);
    }
}
