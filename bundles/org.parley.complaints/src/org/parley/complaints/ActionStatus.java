package org.parley.complaints;

/** Where the corrective action of a lesson stands. */
public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE, DROPPED
}
