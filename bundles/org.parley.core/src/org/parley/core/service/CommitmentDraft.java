package org.parley.core.service;

import java.time.Instant;

import org.parley.core.model.CommitmentKind;

/** A promise to the client as entered; {@code ownerLogin} null means the signed-in user keeps it. */
public record CommitmentDraft(CommitmentKind kind, String description, Instant dueAt, String ownerLogin) {

    public CommitmentDraft {
        kind = Require.present("kind", kind);
        description = Require.text("description", description, 2000);
        dueAt = Require.present("dueAt", dueAt);
        ownerLogin = ownerLogin == null || ownerLogin.isBlank() ? null : Require.login("owner", ownerLogin);
    }
}
