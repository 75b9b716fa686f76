package org.parley.core.service;

import java.time.Instant;

import org.parley.core.model.Direction;

/** One contact as recorded: at least the client's words or the agent's summary must be there. */
public record InteractionDraft(String channel, Direction direction, Instant occurredAt, String clientWords,
        String agentSummary) {

    public InteractionDraft {
        channel = Require.channel("channel", channel);
        direction = Require.present("direction", direction);
        occurredAt = Require.present("occurredAt", occurredAt);
        // the client's words are kept verbatim: only an all-blank text counts as missing
        clientWords = clientWords == null || clientWords.isBlank() ? null : clientWords;
        if (clientWords != null && clientWords.length() > 20000) {
            throw new InvalidInputException("clientWords", org.parley.core.internal.CoreText.get("input.tooLong",
                    org.parley.core.internal.CoreText.get("field.clientWords"), 20000, clientWords.length()));
        }
        agentSummary = Require.optionalText("agentSummary", agentSummary, 20000);
        if (clientWords == null && agentSummary == null) {
            throw new InvalidInputException("clientWords",
                    org.parley.core.internal.CoreText.get("input.interactionEmpty"));
        }
    }
}
