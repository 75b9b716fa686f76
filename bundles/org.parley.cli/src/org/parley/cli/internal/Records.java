package org.parley.cli.internal;

import java.time.Instant;
import java.util.List;

import org.parley.core.model.CaseStatus;
import org.parley.core.model.CommitmentKind;
import org.parley.core.model.CommitmentState;
import org.parley.core.model.ContactPoint;
import org.parley.core.model.Direction;
import org.parley.core.model.Role;
import org.parley.core.model.Severity;

/**
 * The records the CLI moves in and out of the database, each referring to others by a stable key instead of a
 * database id: a user by login, a client by its key, a case by its number.
 */
final class Records {

    private Records() {
    }

    record UserRecord(String login, String displayName, Role role, int level, boolean trainedForConflicts,
            String team, boolean active) {
    }

    record ClientRecord(String key, String name, String language, List<ContactPoint> contacts, String notes,
            Instant createdAt) {
    }

    record CaseRecord(String number, String clientKey, String title, String description, CaseStatus status,
            Severity severity, String channel, String ownerLogin, int levelArisen, int levelHandling,
            Instant openedAt, Instant acknowledgedAt, Instant closedAt) {
    }

    record InteractionRecord(String caseNumber, Instant occurredAt, String channel, Direction direction,
            String author, String clientWords, String agentSummary) {
    }

    record CommitmentRecord(String caseNumber, CommitmentKind kind, String description, Instant dueAt,
            String owner, CommitmentState state, Instant createdAt, Instant settledAt, String settledNote) {
    }
}
