package org.parley.cli.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * One audit entry per imported record, written in the import's own transaction, so an imported client or case
 * has a history that starts with where it came from, as if it had been entered in the workbench.
 */
final class ImportAudit implements AutoCloseable {

    private final Connection connection;
    private final PreparedStatement insert;
    private final IdBlocks ids = new IdBlocks("audit_seq");
    private final String actor;
    private final Timestamp at;
    private final String reason;
    private int pending;

    ImportAudit(Connection connection, String actor, Instant at, String reason) throws SQLException {
        this.connection = connection;
        this.actor = actor;
        this.at = Timestamp.from(at);
        this.reason = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        this.insert = connection.prepareStatement("INSERT INTO audit_event (id, at, actor_login, action, entity_type, "
                + "entity_id, before_state, after_state, reason) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)");
    }

    /** Records that {@code entityType} {@code id} was imported; {@code what} names it for a reader of the history. */
    void imported(String entityType, long id, String what) throws SQLException {
        insert.setLong(1, ids.next(connection));
        insert.setTimestamp(2, at);
        insert.setString(3, actor);
        insert.setString(4, entityType + ".imported");
        insert.setString(5, entityType);
        insert.setLong(6, id);
        insert.setString(7, what == null || what.length() <= 20000 ? what : what.substring(0, 20000));
        insert.setString(8, reason);
        insert.addBatch();
        if (++pending >= BatchInserts.BATCH) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
