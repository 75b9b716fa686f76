package org.parley.complaints;

import java.time.Instant;

import org.parley.core.model.CaseStatus;

/** One line of the complaint book. {@code rootCause} null while not investigated. */
public record BookEntry(long complaintId, Instant receivedAt, String channel, String channelReference, long caseId,
        String caseNumber, String clientName, String clientWords, CaseStatus status, int levelHandling,
        String rootCause, Instant closedAt) {
}
