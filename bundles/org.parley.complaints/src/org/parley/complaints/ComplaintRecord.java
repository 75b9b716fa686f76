package org.parley.complaints;

import java.time.Instant;

/** One stored complaint, detached from the database. {@code suspectedDuplicateOf} is 0 when none. */
public record ComplaintRecord(long id, long version, long caseId, String caseNumber, long clientId, String clientName,
        String channel, String channelReference, Instant receivedAt, String clientWords, String recordedBy,
        Instant recordedAt, long suspectedDuplicateOf) {
}
