package org.parley.script.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The script commands' texts, from OSGI-INF/l10n/messages*.properties in the JVM's language. */
public final class CommandText extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.messages";

    public static String coaching_head;
    public static String coaching_line;
    public static String coaching_none;
    public static String coaching_summary;
    public static String export_details;
    public static String export_summary;
    public static String import_details;
    public static String import_done;
    public static String import_summary;
    public static String input_language;
    public static String input_noScript;
    public static String input_noVersion;
    public static String list_inUse;
    public static String list_retired;
    public static String list_summary;
    public static String reinstate_done;
    public static String reinstate_summary;
    public static String retire_done;
    public static String retire_summary;
    public static String runs_none;
    public static String runs_summary;
    public static String tone_details;
    public static String tone_needsFile;
    public static String tone_saved;
    public static String tone_summary;
    public static String tone_unknownAction;
    public static String tone_wasReset;

    static {
        NLS.initializeMessages(BUNDLE_NAME, CommandText.class);
    }

    private CommandText() {
    }
}
