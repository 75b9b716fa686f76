package org.parley.termination;

import java.time.Instant;
import java.util.Map;

/** Ending the relationship with one client, from its start by a supervisor to the end, or its reversal. */
public record Termination(long id, long version, long clientId, TerminationState state, String reason,
        String startedBy, Instant startedAt, String letter, String letterLanguage, String endedBy, Instant endedAt,
        String overrideReason, String reversedBy, Instant reversedAt, String reversalReason,
        Map<String, Confirmation> confirmations) {

    public Termination {
        confirmations = Map.copyOf(confirmations);
    }
}
