package org.parley.complaints;

import java.time.Instant;

/** A move of a case up or down a level, or to another owner, with who did it and why. */
public record Transfer(long id, long caseId, int fromLevel, int toLevel, String fromOwner, String toOwner,
        String reason, boolean automatic, Instant at, String actor) {
}
