package org.parley.compensation.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The gesture commands' texts, from OSGI-INF/l10n/messages*.properties in the JVM's language. */
public final class CommandText extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.messages";

    public static String input_date;
    public static String input_amount;
    public static String input_noGesture;
    public static String gesture_line;
    public static String gesture_waits;
    public static String gesture_overBudget;
    public static String gesture_overLimit;
    public static String catalogueList_summary;
    public static String catalogueList_head;
    public static String catalogueList_rules;
    public static String catalogueList_item;
    public static String catalogueList_retired;
    public static String catalogueExport_summary;
    public static String catalogueImport_summary;
    public static String catalogueImport_details;
    public static String catalogueImport_format;
    public static String catalogueImport_done;
    public static String budgetList_summary;
    public static String budgetList_line;
    public static String budgetList_none;
    public static String budgetSet_summary;
    public static String budgetSet_done;
    public static String advise_summary;
    public static String advise_head;
    public static String advise_causeUnknown;
    public static String advise_noGesture;
    public static String advise_line;
    public static String propose_summary;
    public static String list_summary;
    public static String list_none;
    public static String awaiting_summary;
    public static String awaiting_none;
    public static String approve_summary;
    public static String reject_summary;
    public static String offer_summary;
    public static String accept_summary;
    public static String decline_summary;
    public static String fulfil_summary;
    public static String spend_summary;
    public static String spend_head;
    public static String spend_line;
    public static String spend_noBudget;
    public static String spend_over;
    public static String clients_summary;
    public static String clients_line;
    public static String clients_flag;
    public static String clients_none;

    static {
        NLS.initializeMessages(BUNDLE_NAME, CommandText.class);
    }

    private CommandText() {
    }

    public static String bind(String message, Object... values) {
        return NLS.bind(message, values);
    }
}
