package org.parley.complaints;

import java.time.Instant;

/** A lesson in the register: the root cause, who owns the corrective action and where it stands. */
public record Lesson(long id, long version, String rootCause, String title, String ownerLogin,
        String correctiveAction, ActionStatus status, Instant createdAt, long caseCount) {
}
