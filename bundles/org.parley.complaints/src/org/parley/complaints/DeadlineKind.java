package org.parley.complaints;

/** The deadlines a complaint runs against, counted in business time from receipt. */
public enum DeadlineKind {
    /** Tell the client the complaint was received and by when they will hear more. */
    ACKNOWLEDGE,
    /** The first real call-back: listened to, questions asked. */
    FIRST_CALLBACK,
    /** The conflict resolved (or explained) and the client told. */
    RESOLVE
}
