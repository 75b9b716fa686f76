package org.parley.cli.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

import org.parley.cli.internal.Records.CaseRecord;
import org.parley.cli.internal.Records.ClientRecord;
import org.parley.cli.internal.Records.CommitmentRecord;
import org.parley.cli.internal.Records.InteractionRecord;
import org.parley.cli.internal.Records.UserRecord;
import org.parley.core.model.ContactPoint;

/**
 * JDBC batch inserts into the core tables, for loads too big to go entity by entity through JPA. Rows are
 * written as JPA would write them (version 0, instants as UTC-based timestamps like {@code InstantConverter}).
 * When any table's batch is full, all batches are sent, parents first, so foreign keys always hold; call
 * {@link #flush()} at the end of the work.
 */
final class BatchInserts implements AutoCloseable {

    static final int BATCH = 1_000;

    private final PreparedStatement users;
    private final PreparedStatement clients;
    private final PreparedStatement contacts;
    private final PreparedStatement cases;
    private final PreparedStatement interactions;
    private final PreparedStatement commitments;
    private final List<PreparedStatement> parentsFirst;
    private int pending;

    BatchInserts(Connection c) throws SQLException {
        users = c.prepareStatement("INSERT INTO parley_user (id, version, login, display_name, role, org_level, "
                + "conflict_trained, active, team) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)");
        clients = c.prepareStatement(
                "INSERT INTO client (id, version, name, language, notes, created_at) VALUES (?, 0, ?, ?, ?, ?)");
        contacts = c.prepareStatement(
                "INSERT INTO client_contact (client_id, position, channel, address) VALUES (?, ?, ?, ?)");
        cases = c.prepareStatement("INSERT INTO conflict_case (id, version, case_number, title, description, status, "
                + "severity, channel, client_id, client_name, owner_id, level_arisen, level_handling, opened_at, "
                + "acknowledged_at, closed_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        interactions = c.prepareStatement("INSERT INTO interaction (id, version, case_id, channel, direction, "
                + "occurred_at, author_login, client_words, agent_summary) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)");
        commitments = c.prepareStatement("INSERT INTO commitment (id, version, case_id, kind, description, due_at, "
                + "owner_login, state, created_at, settled_at, settled_note) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        parentsFirst = List.of(users, clients, contacts, cases, interactions, commitments);
    }

    void user(long id, UserRecord u) throws SQLException {
        users.setLong(1, id);
        users.setString(2, u.login());
        users.setString(3, u.displayName());
        users.setString(4, u.role().name());
        users.setInt(5, u.level());
        users.setBoolean(6, u.trainedForConflicts());
        users.setBoolean(7, u.active());
        users.setString(8, u.team());
        add(users);
    }

    void client(long id, ClientRecord c) throws SQLException {
        clients.setLong(1, id);
        clients.setString(2, c.name());
        clients.setString(3, c.language());
        clients.setString(4, c.notes());
        clients.setTimestamp(5, timestamp(c.createdAt()));
        add(clients);
        int position = 0;
        for (ContactPoint p : c.contacts()) {
            contacts.setLong(1, id);
            contacts.setInt(2, position++);
            contacts.setString(3, p.getChannel());
            contacts.setString(4, p.getAddress());
            add(contacts);
        }
    }

    /** @param clientName the client's name, copied onto the case as the store does for sorting lists */
    void conflictCase(long id, long clientId, String clientName, Long ownerId, CaseRecord c) throws SQLException {
        cases.setLong(1, id);
        cases.setString(2, c.number());
        cases.setString(3, c.title());
        cases.setString(4, c.description());
        cases.setString(5, c.status().name());
        cases.setString(6, c.severity().name());
        cases.setString(7, c.channel());
        cases.setLong(8, clientId);
        cases.setString(9, clientName);
        if (ownerId == null) {
            cases.setNull(10, Types.BIGINT);
        } else {
            cases.setLong(10, ownerId);
        }
        cases.setInt(11, c.levelArisen());
        cases.setInt(12, c.levelHandling());
        cases.setTimestamp(13, timestamp(c.openedAt()));
        cases.setTimestamp(14, timestamp(c.acknowledgedAt()));
        cases.setTimestamp(15, timestamp(c.closedAt()));
        add(cases);
    }

    void interaction(long id, long caseId, InteractionRecord i) throws SQLException {
        interactions.setLong(1, id);
        interactions.setLong(2, caseId);
        interactions.setString(3, i.channel());
        interactions.setString(4, i.direction().name());
        interactions.setTimestamp(5, timestamp(i.occurredAt()));
        interactions.setString(6, i.author());
        interactions.setString(7, i.clientWords());
        interactions.setString(8, i.agentSummary());
        add(interactions);
    }

    void commitment(long id, long caseId, CommitmentRecord c) throws SQLException {
        commitments.setLong(1, id);
        commitments.setLong(2, caseId);
        commitments.setString(3, c.kind().name());
        commitments.setString(4, c.description());
        commitments.setTimestamp(5, timestamp(c.dueAt()));
        commitments.setString(6, c.owner());
        commitments.setString(7, c.state().name());
        commitments.setTimestamp(8, timestamp(c.createdAt()));
        commitments.setTimestamp(9, timestamp(c.settledAt()));
        commitments.setString(10, c.settledNote());
        add(commitments);
    }

    private void add(PreparedStatement statement) throws SQLException {
        statement.addBatch();
        if (++pending >= BATCH) {
            flush();
        }
    }

    /** Sends every pending row, parents first. */
    void flush() throws SQLException {
        for (PreparedStatement s : parentsFirst) {
            s.executeBatch();
        }
        pending = 0;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : parentsFirst) {
            s.close();
        }
    }

    /** The same conversion as core's InstantConverter, so rows written here read back identically through JPA. */
    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
