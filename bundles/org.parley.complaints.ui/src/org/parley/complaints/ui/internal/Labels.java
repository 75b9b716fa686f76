package org.parley.complaints.ui.internal;

import org.parley.complaints.DeadlineKind;
import org.parley.complaints.Outcome;

/** The words the complaint log's values are shown with. */
public final class Labels {

    private Labels() {
    }

    public static String deadline(DeadlineKind kind) {
        return switch (kind) {
            case ACKNOWLEDGE -> Messages.deadline_acknowledge;
            case FIRST_CALLBACK -> Messages.deadline_firstCallback;
            case RESOLVE -> Messages.deadline_resolve;
        };
    }

    public static String status(org.parley.complaints.ActionStatus status) {
        return switch (status) {
            case PLANNED -> Messages.status_planned;
            case IN_PROGRESS -> Messages.status_inProgress;
            case DONE -> Messages.status_done;
            case DROPPED -> Messages.status_dropped;
        };
    }

    public static String outcome(Outcome outcome) {
        return switch (outcome) {
            case REMEDIED -> Messages.outcome_remedied;
            case EXPLAINED -> Messages.outcome_explained;
            case NO_ACTION -> Messages.outcome_noAction;
            case TERMINATION -> Messages.outcome_termination;
        };
    }
}
