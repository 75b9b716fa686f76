package org.parley.termination;

/** Where ending a relationship stands. */
public enum TerminationState {
    /** The checklist is being worked through. */
    STARTED,
    /** The relationship was ended. */
    TERMINATED,
    /** An ended relationship was taken up again, with a reason. */
    REVERSED,
    /** Given up before the end, with a reason. */
    CANCELLED
}
