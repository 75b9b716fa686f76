package org.parley.termination;

import java.time.Instant;
import java.util.List;

/** A line of the report of ended relationships, with the evidence the decision rested on. */
public record TerminatedClient(long clientId, String clientName, Instant endedAt, String endedBy, String reason,
        String overrideReason, List<Finding> evidence) {

    public TerminatedClient {
        evidence = List.copyOf(evidence);
    }
}
