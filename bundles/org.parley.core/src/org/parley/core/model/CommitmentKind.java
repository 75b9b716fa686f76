package org.parley.core.model;

/** What was promised to the client. */
public enum CommitmentKind { ACKNOWLEDGE, CALL_BACK, INVESTIGATE, DELIVER, PAY, REPLACE, INFORM, OTHER }
