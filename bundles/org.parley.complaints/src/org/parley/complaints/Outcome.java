package org.parley.complaints;

/** How a conflict ends. */
public enum Outcome {
    /** Resolved with a remedy for the client. */
    REMEDIED,
    /** The client was wrong; the step-by-step explanation they were given is recorded. */
    EXPLAINED,
    /** A repeating complaint about something that cannot change: a deliberate, justified no-action. */
    NO_ACTION,
    /** The relationship goes to the termination checklist. */
    TERMINATION
}
