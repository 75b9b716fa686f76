package org.parley.script;

/** How a step of a run went. */
public enum StepOutcome {
    DONE,
    /** Left out on purpose, e.g. the client had already answered. */
    SKIPPED,
    /** Tried and did not work, e.g. the client would not answer. */
    FAILED
}
