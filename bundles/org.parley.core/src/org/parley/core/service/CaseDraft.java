package org.parley.core.service;

import org.parley.core.model.Severity;

/**
 * A new case as entered: for which client, what the conflict is about, where it came in and at which
 * organisational level it arose. {@code ownerLogin} may be null (unassigned).
 */
public record CaseDraft(long clientId, String title, String description, String channel, Severity severity,
        int levelArisen, String ownerLogin) {

    public CaseDraft {
        if (clientId <= 0) {
            throw new InvalidInputException("client", org.parley.core.internal.CoreText.get("input.clientMissing"));
        }
        title = Require.text("title", title, 200);
        description = Require.optionalText("description", description, 20000);
        channel = Require.channel("channel", channel);
        severity = severity == null ? Severity.NORMAL : severity;
        levelArisen = Require.level("levelArisen", levelArisen);
        ownerLogin = ownerLogin == null || ownerLogin.isBlank() ? null : Require.login("owner", ownerLogin);
    }

    public CaseDraft(long clientId, String title, String channel) {
        this(clientId, title, null, channel, Severity.NORMAL, 0, null);
    }
}
