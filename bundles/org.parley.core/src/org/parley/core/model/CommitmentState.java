package org.parley.core.model;

/** A promise is open until it is kept or broken; both end states are final. */
public enum CommitmentState { OPEN, KEPT, BROKEN }
