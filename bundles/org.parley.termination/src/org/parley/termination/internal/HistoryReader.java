package org.parley.termination.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.parley.core.model.Client;
import org.parley.core.service.Store;
import org.parley.termination.extension.ClientHistory;
import org.parley.termination.extension.ClientHistory.CaseLine;
import org.parley.termination.extension.ClientHistory.ComplaintLine;
import org.parley.termination.extension.ClientHistory.ContactLine;
import org.parley.termination.extension.ClientHistory.GestureLine;

/**
 * Reads a client's record for a period in four indexed queries. Gestures are read from the compensation
 * catalogue's table when it is installed (this bundle does not need it: without it a client simply has none).
 */
final class HistoryReader {

    private final Store store;
    private volatile Boolean gestureTable;

    HistoryReader(Store store) {
        this.store = store;
    }

    ClientHistory read(Client client, Instant from, Instant to) {
        long id = client.getId();
        return store.jdbc(c -> {
            List<CaseLine> cases = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, case_number, title, opened_at, status, channel FROM "
                    + "conflict_case WHERE client_id = ? AND opened_at >= ? AND opened_at < ? ORDER BY opened_at, id")) {
                bind(p, id, from, to);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        cases.add(new CaseLine(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6)));
                    }
                }
            }
            List<ComplaintLine> complaints = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT m.case_id, k.case_number, m.received_at, m.channel, "
                    + "m.client_words FROM complaint m JOIN conflict_case k ON k.id = m.case_id WHERE k.client_id = ? "
                    + "AND m.received_at >= ? AND m.received_at < ? ORDER BY m.received_at, m.id")) {
                bind(p, id, from, to);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        complaints.add(new ComplaintLine(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                                rs.getString(4), rs.getString(5)));
                    }
                }
            }
            List<ContactLine> contacts = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT i.case_id, k.case_number, i.occurred_at, i.direction, "
                    + "i.client_words FROM interaction i JOIN conflict_case k ON k.id = i.case_id WHERE k.client_id = ? "
                    + "AND i.occurred_at >= ? AND i.occurred_at < ? ORDER BY i.occurred_at, i.id")) {
                bind(p, id, from, to);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        contacts.add(new ContactLine(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                                rs.getString(4), rs.getString(5)));
                    }
                }
            }
            List<GestureLine> gestures = new ArrayList<>();
            if (hasGestures(c)) {
                try (PreparedStatement p = c.prepareStatement("SELECT g.case_id, k.case_number, g.proposed_at, "
                        + "g.item_code, g.cost, g.state FROM gesture g JOIN conflict_case k ON k.id = g.case_id "
                        + "WHERE g.client_id = ? AND g.proposed_at >= ? AND g.proposed_at < ? ORDER BY g.proposed_at, g.id")) {
                    bind(p, id, from, to);
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            gestures.add(new GestureLine(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                                    rs.getString(4), rs.getBigDecimal(5), rs.getString(6)));
                        }
                    }
                }
            }
            return new ClientHistory(id, client.getName(), client.getLanguage(), from, to, cases, complaints, contacts,
                    gestures);
        });
    }

    /** Gestures of the client's cases not yet given: approved, offered or accepted. */
    List<String[]> unfulfilledGestures(long clientId) {
        return store.jdbc(c -> {
            List<String[]> out = new ArrayList<>();
            if (!hasGestures(c)) {
                return out;
            }
            try (PreparedStatement p = c.prepareStatement("SELECT k.case_number, g.item_code, g.state FROM gesture g "
                    + "JOIN conflict_case k ON k.id = g.case_id WHERE g.client_id = ? AND g.state IN ('APPROVED', "
                    + "'OFFERED', 'ACCEPTED') ORDER BY g.proposed_at")) {
                p.setLong(1, clientId);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3) });
                    }
                }
            }
            return out;
        });
    }

    private boolean hasGestures(Connection c) throws SQLException {
        Boolean known = gestureTable;
        if (known == null) {
            boolean found = false;
            for (String name : new String[] { "GESTURE", "gesture" }) {
                // in this schema only: a shared PostgreSQL server may hold other departments' schemas
                try (ResultSet t = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), name, null)) {
                    found |= t.next();
                }
            }
            // once installed it stays; while absent, ask again later (the bundle may arrive at run time)
            if (found) {
                gestureTable = true;
            }
            known = found;
        }
        return known;
    }

    private static void bind(PreparedStatement p, long clientId, Instant from, Instant to) throws SQLException {
        p.setLong(1, clientId);
        p.setTimestamp(2, Timestamp.from(from));
        p.setTimestamp(3, Timestamp.from(to));
    }
}
