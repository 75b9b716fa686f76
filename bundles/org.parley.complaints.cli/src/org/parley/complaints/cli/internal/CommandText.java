package org.parley.complaints.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The complaint log commands' texts, from OSGI-INF/l10n/messages*.properties in the JVM's language. */
public final class CommandText extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.messages";

    public static String book_done;
    public static String book_failed;
    public static String book_summary;
    public static String check_done;
    public static String check_summary;
    public static String close_details;
    public static String close_done;
    public static String close_summary;
    public static String duplicates_line;
    public static String duplicates_none;
    public static String duplicates_summary;
    public static String escalate_summary;
    public static String handDown_summary;
    public static String import_badValue;
    public static String import_clientAmbiguous;
    public static String import_clientMissing;
    public static String import_details;
    public static String import_done;
    public static String import_fieldCount;
    public static String import_missing;
    public static String import_noComplaintsKey;
    public static String import_noFile;
    public static String import_notAnObject;
    public static String import_refused;
    public static String import_rejected;
    public static String import_summary;
    public static String import_unknownColumn;
    public static String import_where;
    public static String investigate_closed;
    public static String investigate_details;
    public static String investigate_referenceWithoutEvidence;
    public static String investigate_saved;
    public static String investigate_stepWithoutInvolve;
    public static String investigate_summary;
    public static String judge_done;
    public static String judge_summary;
    public static String keepApart_done;
    public static String keepApart_summary;
    public static String merge_done;
    public static String merge_summary;
    public static String proactive_done;
    public static String proactive_summary;
    public static String promise_badWithin;
    public static String promise_done;
    public static String promise_summary;
    public static String promise_whenOnce;
    public static String show_atFault;
    public static String show_automatic;
    public static String show_breached;
    public static String show_case;
    public static String show_commitment;
    public static String show_commitments;
    public static String show_complaint;
    public static String show_complaints;
    public static String show_deadline;
    public static String show_deadlines;
    public static String show_emotions;
    public static String show_evidence;
    public static String show_facts;
    public static String show_investigationClosed;
    public static String show_investigationOpen;
    public static String show_levels;
    public static String show_met;
    public static String show_paused;
    public static String show_resolution;
    public static String show_rootCause;
    public static String show_running;
    public static String show_staff;
    public static String show_summary;
    public static String show_transfer;
    public static String show_transfers;
    public static String show_unassigned;
    public static String take_clientAmbiguous;
    public static String take_clientOnce;
    public static String take_details;
    public static String take_done;
    public static String take_duplicate;
    public static String take_duplicateLine;
    public static String take_intoOrNew;
    public static String take_summary;
    public static String take_wordsOnce;
    public static String transfer_done;

    static {
        NLS.initializeMessages(BUNDLE_NAME, CommandText.class);
    }

    private CommandText() {
    }
}
