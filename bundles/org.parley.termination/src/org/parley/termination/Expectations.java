package org.parley.termination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A saved expectations record; the newest one of a client is the one in force. */
public record Expectations(long id, long clientId, LocalDate deadline, String scope, String price,
        String contactPerson, String contactNumber, boolean confirmedByClient, List<String> redFlags, String note,
        String recordedBy, Instant recordedAt) {

    public Expectations {
        redFlags = List.copyOf(redFlags);
    }
}
