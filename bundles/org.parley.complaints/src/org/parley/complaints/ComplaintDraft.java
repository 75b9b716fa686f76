package org.parley.complaints;

import java.time.Instant;

import org.parley.core.model.Severity;
import org.parley.core.service.ClientDraft;

/**
 * A complaint as an agent (or an import file) gave it: from an existing client ({@code clientId > 0}) or from
 * a new one ({@code newClient}, created in the same transaction), through which channel and with which
 * reference, when it was received, and the client's own words verbatim. {@code title} may be empty (the
 * service derives one from the words); {@code levelArisen} is where the conflict arose (0 = front line).
 * Services check what needs the database or the clock (unknown client or channel, a receipt time in the
 * future).
 */
public record ComplaintDraft(long clientId, ClientDraft newClient, String channel, String channelReference,
        Instant receivedAt, String clientWords, String title, Severity severity, int levelArisen) {
}
