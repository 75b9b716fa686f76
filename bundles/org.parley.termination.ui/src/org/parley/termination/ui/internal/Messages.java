package org.parley.termination.ui.internal;

import org.eclipse.osgi.util.NLS;
import org.parley.termination.TerminationState;

/** The problem-client workbench's texts, from OSGI-INF/l10n/messages*.properties in the user's language. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.messages";

    public static String page_label;
    public static String page_expectations;
    public static String page_start;
    public static String page_checklist;
    public static String kind_problem;
    public static String kind_withProblem;
    public static String kind_none;
    public static String kind_window;
    public static String ev_indicator;
    public static String ev_count;
    public static String ev_case;
    public static String ev_date;
    public static String ev_what;
    public static String ev_off;
    public static String ev_reached;
    public static String exp_none;
    public static String exp_summary;
    public static String exp_confirmed;
    public static String exp_notConfirmed;
    public static String exp_noFlags;
    public static String exp_title;
    public static String exp_help;
    public static String exp_deadline;
    public static String exp_scope;
    public static String exp_price;
    public static String exp_contactPerson;
    public static String exp_contactNumber;
    public static String exp_confirmedBox;
    public static String exp_redFlags;
    public static String exp_note;
    public static String exp_refusal;
    public static String exp_badDate;
    public static String term_none;
    public static String term_state;
    public static String start_title;
    public static String start_message;
    public static String reason_required;
    public static String check_title;
    public static String check_help;
    public static String check_item;
    public static String check_status;
    public static String check_details;
    public static String check_done;
    public static String check_open;
    public static String check_optional;
    public static String check_confirm;
    public static String check_confirmTitle;
    public static String check_confirmMessage;
    public static String check_end;
    public static String check_override;
    public static String check_overrideTitle;
    public static String check_overrideMessage;
    public static String check_overridden;
    public static String check_cancel;
    public static String check_cancelTitle;
    public static String check_cancelMessage;
    public static String check_reverse;
    public static String check_reverseTitle;
    public static String check_reverseMessage;
    public static String check_letter;
    public static String check_draft;
    public static String check_saveLetter;
    public static String state_STARTED;
    public static String state_TERMINATED;
    public static String state_REVERSED;
    public static String state_CANCELLED;
    public static String pc_rules;
    public static String pc_window;
    public static String pc_problemAt;
    public static String pc_attempts;
    public static String pc_threshold;
    public static String pc_save;
    public static String pc_saved;
    public static String pc_help;
    public static String pc_readOnly;
    public static String pc_notANumber;
    public static String pc_ended;
    public static String pc_client;
    public static String pc_endedOn;
    public static String pc_endedBy;
    public static String pc_reason;
    public static String pc_evidence;
    public static String pc_reverse;
    public static String job_classifying;
    public static String job_checklist;
    public static String job_saving;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    static String state(TerminationState s) {
        return switch (s) {
            case STARTED -> state_STARTED;
            case TERMINATED -> state_TERMINATED;
            case REVERSED -> state_REVERSED;
            case CANCELLED -> state_CANCELLED;
        };
    }
}
