package org.parley.termination;

/** What the record says about a client, always with the evidence behind it. */
public enum ClientKind {
    /** No complaint in the period. */
    NO_COMPLAINTS,
    /** A client who has a problem: it is the company's to solve. */
    CLIENT_WITH_A_PROBLEM,
    /** A client whose record shows the configured number of warning signs: complaints, gestures that ended nothing, threats. */
    PROBLEM_CLIENT
}
