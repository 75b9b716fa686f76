package org.parley.termination.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The problem-client commands' texts, from OSGI-INF/l10n/messages*.properties in the JVM's language. */
public final class CommandText extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.messages";

    public static String client_noSuch;
    public static String client_ambiguous;
    public static String input_date;
    public static String kind_problem;
    public static String kind_withProblem;
    public static String kind_none;
    public static String classify_summary;
    public static String classify_head;
    public static String classify_finding;
    public static String termination_state;
    public static String start_summary;
    public static String checklist_summary;
    public static String checklist_item;
    public static String checklist_optional;
    public static String confirm_summary;
    public static String letter_summary;
    public static String saveLetter_summary;
    public static String end_summary;
    public static String override_summary;
    public static String reverse_summary;
    public static String cancel_summary;
    public static String report_summary;
    public static String report_line;
    public static String report_override;
    public static String report_none;
    public static String expectations_summary;
    public static String expectations_details;
    public static String expectations_done;
    public static String refusal_summary;

    static {
        NLS.initializeMessages(BUNDLE_NAME, CommandText.class);
    }

    private CommandText() {
    }

    public static String bind(String message, Object... values) {
        return NLS.bind(message, values);
    }
}
