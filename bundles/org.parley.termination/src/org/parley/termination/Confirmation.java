package org.parley.termination;

import java.time.Instant;

/** A checklist item a person confirmed (money settled, the department head's sign-off, a company's own condition). */
public record Confirmation(String conditionId, String by, Instant at, String note) {
}
