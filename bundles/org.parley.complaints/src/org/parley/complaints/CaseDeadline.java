package org.parley.complaints;

import java.time.Instant;

/**
 * One deadline of a case as it stands: due (moved on by the time the case waited for the client), met,
 * breached and whether the breach escalated the case. {@code paused} while the case waits for the client.
 */
public record CaseDeadline(long id, long caseId, String caseNumber, String caseTitle, DeadlineKind kind,
        Instant dueAt, Instant metAt, Instant breachedAt, boolean escalated, boolean paused) {

    public boolean isOpen() {
        return metAt == null;
    }
}
