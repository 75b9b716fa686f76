package org.parley.cli.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.parley.core.model.ContactPoint;

/**
 * Reads the core tables for an export, a page of {@value #PAGE} rows at a time by id (keyset paging), so a
 * million cases never sit in memory. Each row becomes a record of {@link RecordKind}'s columns, with database
 * ids replaced by stable keys: a client's key is {@code C-} and its id in this database.
 */
final class RecordSource {

    static final int PAGE = 1_000;
    static final String CLIENT_KEY_PREFIX = "C-";

    @FunctionalInterface
    interface RecordSink {
        void accept(Map<String, Object> record) throws IOException;
    }

    /** The prefix of a custom field's column: {@code field.<code>}. */
    static final String FIELD_PREFIX = "field.";

    private final Connection c;
    private final Map<RecordKind, List<String>> fieldCodes = new HashMap<>();
    private final Map<RecordKind, Function<List<Long>, Map<Long, Map<String, String>>>> fieldValues = new HashMap<>();

    RecordSource(Connection c) {
        this.c = c;
    }

    /** Adds a column per custom field to the records of {@code kind}, with the values {@code values} reads by id. */
    RecordSource withFields(RecordKind kind, List<String> codes, Function<List<Long>, Map<Long, Map<String, String>>> values) {
        fieldCodes.put(kind, List.copyOf(codes));
        fieldValues.put(kind, values);
        return this;
    }

    /** The custom field columns of {@code kind}, empty when it has none. */
    List<String> fieldColumns(RecordKind kind) {
        return fieldCodes.getOrDefault(kind, List.of()).stream().map(code -> FIELD_PREFIX + code).toList();
    }

    /** @return how many records were passed on */
    long forEach(RecordKind kind, RecordSink sink) throws SQLException, IOException {
        return switch (kind) {
            case USERS -> pages("SELECT id, login, display_name, role, org_level, conflict_trained, team, active FROM parley_user",
                    "id", (rs, r) -> {
                        r.put("login", rs.getString("login"));
                        r.put("display_name", rs.getString("display_name"));
                        r.put("role", rs.getString("role"));
                        r.put("level", rs.getInt("org_level"));
                        r.put("trained_for_conflicts", rs.getBoolean("conflict_trained"));
                        r.put("team", rs.getString("team"));
                        r.put("active", rs.getBoolean("active"));
                    }, sink, false, null);
            case CLIENTS -> pages("SELECT id, name, language, notes, created_at FROM client", "id", (rs, r) -> {
                r.put("key", CLIENT_KEY_PREFIX + rs.getLong("id"));
                r.put("name", rs.getString("name"));
                r.put("language", rs.getString("language"));
                r.put("contacts", List.of());
                r.put("notes", rs.getString("notes"));
                r.put("created_at", text(rs, "created_at"));
            }, sink, true, RecordKind.CLIENTS);
            case CASES -> pages("SELECT c.id, c.case_number, c.client_id, c.title, c.description, c.status, c.severity, "
                    + "c.channel, u.login AS owner_login, c.level_arisen, c.level_handling, c.opened_at, "
                    + "c.acknowledged_at, c.closed_at FROM conflict_case c LEFT JOIN parley_user u ON u.id = c.owner_id",
                    "c.id", (rs, r) -> {
                        r.put("number", rs.getString("case_number"));
                        r.put("client", CLIENT_KEY_PREFIX + rs.getLong("client_id"));
                        r.put("title", rs.getString("title"));
                        r.put("description", rs.getString("description"));
                        r.put("status", rs.getString("status"));
                        r.put("severity", rs.getString("severity"));
                        r.put("channel", rs.getString("channel"));
                        r.put("owner", rs.getString("owner_login"));
                        r.put("level_arisen", rs.getInt("level_arisen"));
                        r.put("level_handling", rs.getInt("level_handling"));
                        r.put("opened_at", text(rs, "opened_at"));
                        r.put("acknowledged_at", text(rs, "acknowledged_at"));
                        r.put("closed_at", text(rs, "closed_at"));
                    }, sink, false, RecordKind.CASES);
            case INTERACTIONS -> pages("SELECT i.id, c.case_number, i.occurred_at, i.channel, i.direction, i.author_login, "
                    + "i.client_words, i.agent_summary FROM interaction i JOIN conflict_case c ON c.id = i.case_id",
                    "i.id", (rs, r) -> {
                        r.put("case", rs.getString("case_number"));
                        r.put("occurred_at", text(rs, "occurred_at"));
                        r.put("channel", rs.getString("channel"));
                        r.put("direction", rs.getString("direction"));
                        r.put("author", rs.getString("author_login"));
                        r.put("client_words", rs.getString("client_words"));
                        r.put("agent_summary", rs.getString("agent_summary"));
                    }, sink, false, null);
            case COMMITMENTS -> pages("SELECT m.id, c.case_number, m.kind, m.description, m.due_at, m.owner_login, m.state, "
                    + "m.created_at, m.settled_at, m.settled_note FROM commitment m JOIN conflict_case c ON c.id = m.case_id",
                    "m.id", (rs, r) -> {
                        r.put("case", rs.getString("case_number"));
                        r.put("kind", rs.getString("kind"));
                        r.put("description", rs.getString("description"));
                        r.put("due_at", text(rs, "due_at"));
                        r.put("owner", rs.getString("owner_login"));
                        r.put("state", rs.getString("state"));
                        r.put("created_at", text(rs, "created_at"));
                        r.put("settled_at", text(rs, "settled_at"));
                        r.put("settled_note", rs.getString("settled_note"));
                    }, sink, false, null);
        };
    }

    @FunctionalInterface
    private interface Columns {
        void read(ResultSet rs, Map<String, Object> record) throws SQLException;
    }

    private long pages(String select, String idColumn, Columns columns, RecordSink sink, boolean withContacts,
            RecordKind withFieldsOf) throws SQLException, IOException {
        String sql = select + " WHERE " + idColumn + " > ? ORDER BY " + idColumn + " LIMIT " + PAGE;
        long count = 0;
        long after = Long.MIN_VALUE;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            while (true) {
                s.setLong(1, after);
                List<Long> ids = new ArrayList<>(PAGE);
                List<Map<String, Object>> page = new ArrayList<>(PAGE);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Map<String, Object> r = new LinkedHashMap<>();
                        columns.read(rs, r);
                        ids.add(rs.getLong(1));
                        page.add(r);
                    }
                }
                if (page.isEmpty()) {
                    return count;
                }
                if (withContacts) {
                    Map<Long, List<ContactPoint>> contacts = contacts(ids.get(0), ids.get(ids.size() - 1));
                    for (int i = 0; i < page.size(); i++) {
                        page.get(i).put("contacts", contacts.getOrDefault(ids.get(i), List.of()));
                    }
                }
                List<String> codes = withFieldsOf == null ? List.of() : fieldCodes.getOrDefault(withFieldsOf, List.of());
                if (!codes.isEmpty()) {
                    Map<Long, Map<String, String>> values = fieldValues.get(withFieldsOf).apply(ids);
                    for (int i = 0; i < page.size(); i++) {
                        Map<String, String> v = values.getOrDefault(ids.get(i), Map.of());
                        for (String code : codes) {
                            page.get(i).put(FIELD_PREFIX + code, v.get(code));
                        }
                    }
                }
                for (Map<String, Object> r : page) {
                    sink.accept(r);
                }
                count += page.size();
                after = ids.get(ids.size() - 1);
            }
        }
    }

    private Map<Long, List<ContactPoint>> contacts(long first, long last) throws SQLException {
        Map<Long, List<ContactPoint>> byClient = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT client_id, channel, address FROM client_contact "
                + "WHERE client_id BETWEEN ? AND ? ORDER BY client_id, position")) {
            s.setLong(1, first);
            s.setLong(2, last);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byClient.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new ContactPoint(rs.getString(2), rs.getString(3)));
                }
            }
        }
        return byClient;
    }

    private static String text(ResultSet rs, String column) throws SQLException {
        Instant i = BatchInserts.instant(rs.getTimestamp(column));
        return i == null ? null : i.toString();
    }
}
