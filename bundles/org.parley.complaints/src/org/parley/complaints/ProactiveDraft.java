package org.parley.complaints;

import java.time.Instant;
import java.util.List;

import org.parley.core.model.Severity;

/**
 * A grievance the company knows about before the clients complain (a delayed shipment, an outage): one case
 * per affected client, each with a first commitment to tell the client, through {@code channel}, that the
 * company is aware and working on it, due at {@code tellBy}.
 */
public record ProactiveDraft(List<Long> clientIds, String title, String description, String channel,
        Severity severity, Instant tellBy) {
}
