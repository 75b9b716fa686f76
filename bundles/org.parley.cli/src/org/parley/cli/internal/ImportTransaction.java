package org.parley.cli.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.parley.cli.command.CommandFailure;
import org.parley.cli.internal.Records.CaseRecord;
import org.parley.cli.internal.Records.ClientRecord;
import org.parley.cli.internal.Records.CommitmentRecord;
import org.parley.cli.internal.Records.InteractionRecord;
import org.parley.cli.internal.Records.UserRecord;
import org.parley.core.service.CustomField;
import org.parley.core.service.InvalidInputException;

/**
 * One import inside one database transaction. Each record is checked ({@link RecordRules}), its references
 * resolved (first among the records of this import, then in the database) and, while no error has been found,
 * written in JDBC batches. Once anything is wrong the rest is still checked, so that every problem of the files
 * is reported at once, and the caller rolls the whole transaction back.
 */
final class ImportTransaction implements AutoCloseable {

    /** Marks a key whose own record was rejected: references to it are not reported a second time. */
    private static final long REJECTED = -1;

    private final Connection c;
    private final RecordRules rules;
    private final ImportErrors errors;
    private final BatchInserts rows;
    private final ImportAudit audit;
    private final IdBlocks userIds = new IdBlocks("user_seq");
    private final IdBlocks clientIds = new IdBlocks("client_seq");
    private final IdBlocks caseIds = new IdBlocks("case_seq");
    private final IdBlocks interactionIds = new IdBlocks("interaction_seq");
    private final IdBlocks commitmentIds = new IdBlocks("commitment_seq");

    private final Map<String, Long> users = new HashMap<>();
    private final Map<String, Long> clients = new HashMap<>();
    /** Client names by key: the store keeps a copy of the name on each case. */
    private final Map<String, String> clientNames = new HashMap<>();
    private final Map<String, Long> cases = new HashMap<>();
    private final Set<String> loginsInFile = new HashSet<>();
    private final Map<RecordKind, Long> imported = new EnumMap<>(RecordKind.class);
    private final PreparedStatement clientById;
    private final PreparedStatement caseByNumber;
    private final boolean databaseHasCases;
    private long usersAlreadyThere;
    private long highestCaseNumber;

    /** Custom fields by kind, retired ones included (their columns are refused with a reason). */
    private final Map<RecordKind, java.util.List<CustomField>> fields;
    /** Custom field values to insert once the records they belong to are written: field, owner, value. */
    private final java.util.List<Object[]> fieldRows = new java.util.ArrayList<>();

    ImportTransaction(Connection c, RecordRules rules, ImportErrors errors, ImportAudit audit,
            Map<RecordKind, java.util.List<CustomField>> fields) throws SQLException {
        this.c = c;
        this.fields = fields;
        this.rules = rules;
        this.errors = errors;
        this.audit = audit;
        this.rows = new BatchInserts(c);
        try (PreparedStatement s = c.prepareStatement("SELECT login, id FROM parley_user"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                users.put(rs.getString(1), rs.getLong(2));
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM conflict_case"); ResultSet rs = s.executeQuery()) {
            rs.next();
            databaseHasCases = rs.getLong(1) > 0;
        }
        clientById = c.prepareStatement("SELECT id, name FROM client WHERE id = ?");
        caseByNumber = c.prepareStatement("SELECT id FROM conflict_case WHERE case_number = ?");
    }

    void accept(RecordKind kind, SourceRecord record) {
        try {
            Map<CustomField, String> values = fieldValues(kind, record);
            boolean added = switch (kind) {
                case USERS -> user(rules.user(record));
                case CLIENTS -> {
                    ClientRecord r = rules.client(record);
                    yield client(r) && fieldsOf(values, clients.get(r.key()));
                }
                case CASES -> {
                    CaseRecord r = rules.conflictCase(record);
                    yield conflictCase(r) && fieldsOf(values, cases.get(r.number()));
                }
                case INTERACTIONS -> interaction(rules.interaction(record));
                case COMMITMENTS -> commitment(rules.commitment(record));
            };
            if (added) {
                imported.merge(kind, 1L, Long::sum);
            }
        } catch (InvalidInputException e) {
            errors.add(record.where(), e.getMessage());
            switch (kind) {
                case USERS -> rejectedKey(record, "login", users, true);
                case CLIENTS -> rejectedKey(record, "key", clients, false);
                case CASES -> rejectedKey(record, "number", cases, false);
                default -> { /* nothing refers to interactions or commitments */ }
            }
        } catch (SQLException e) {
            throw new CommandFailure(CliText.bind(CliText.import_databaseFailed, record.where(), e.getMessage()), e);
        }
    }

    /**
     * The record's custom field values ({@code field.<code>} columns), checked like the editors check them:
     * an unknown or retired field, a bad value or a missing required one refuses the record.
     */
    private Map<CustomField, String> fieldValues(RecordKind kind, SourceRecord record) {
        java.util.List<CustomField> defined = fields.getOrDefault(kind, java.util.List.of());
        Map<CustomField, String> out = new java.util.LinkedHashMap<>();
        if (kind != RecordKind.CLIENTS && kind != RecordKind.CASES) {
            return out;
        }
        for (String column : record.values().keySet()) {
            if (column.startsWith(RecordSource.FIELD_PREFIX)) {
                String code = column.substring(RecordSource.FIELD_PREFIX.length());
                if (defined.stream().noneMatch(f -> f.active() && f.code().equals(code))) {
                    throw new InvalidInputException(code, CliText.bind(CliText.import_unknownCustomField, code));
                }
            }
        }
        for (CustomField f : defined) {
            if (f.active()) {
                Object raw = record.values().get(RecordSource.FIELD_PREFIX + f.code());
                String value = f.normalize(raw == null ? null : raw.toString());
                if (value != null) {
                    out.put(f, value);
                }
            }
        }
        return out;
    }

    /** Queues the custom field values of a record written under {@code ownerId}; true. */
    private boolean fieldsOf(Map<CustomField, String> values, Long ownerId) {
        if (writing() && ownerId != null && ownerId != REJECTED) {
            values.forEach((f, v) -> fieldRows.add(new Object[] {f, ownerId, v}));
        }
        return true;
    }

    /** Sends the last batches and keeps the store from ever numbering a new case like an imported one. */
    void finish() throws SQLException {
        rows.flush();
        if (!fieldRows.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO custom_field_value (field_id, owner_id, "
                    + "text_value, choice_value, number_value, date_value) VALUES (?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Object[] row : fieldRows) {
                    CustomField f = (CustomField) row[0];
                    String v = (String) row[2];
                    s.setLong(1, f.id());
                    s.setLong(2, (Long) row[1]);
                    s.setString(3, f.type() == org.parley.core.model.FieldType.TEXT ? v : null);
                    s.setString(4, f.type() == org.parley.core.model.FieldType.CHOICE ? v : null);
                    s.setBigDecimal(5, f.type() == org.parley.core.model.FieldType.NUMBER ? new java.math.BigDecimal(v) : null);
                    s.setObject(6, f.type() == org.parley.core.model.FieldType.DATE ? java.sql.Date.valueOf(v) : null,
                            java.sql.Types.DATE);
                    s.addBatch();
                    if (++n % 1000 == 0) {
                        s.executeBatch();
                    }
                }
                s.executeBatch();
            }
        }
        audit.flush();
        if (highestCaseNumber > 0) {
            IdBlocks.moveBeyond(c, "case_seq", highestCaseNumber);
        }
    }

    /** Closes the statements, whether the import is committed or rolled back. */
    @Override
    public void close() throws SQLException {
        try {
            rows.close();
        } finally {
            try {
                clientById.close();
            } finally {
                caseByNumber.close();
            }
        }
    }

    Map<RecordKind, Long> imported() {
        return imported;
    }

    long usersAlreadyThere() {
        return usersAlreadyThere;
    }

    private boolean user(UserRecord u) throws SQLException {
        if (!loginsInFile.add(u.login())) {
            throw new InvalidInputException("login", CliText.bind(CliText.import_duplicate, "login", u.login()));
        }
        if (users.containsKey(u.login())) {
            // people are shared: an account that already exists is kept as it is
            usersAlreadyThere++;
            return false;
        }
        long id = writing() ? userIds.next(c) : REJECTED;
        users.put(u.login(), id);
        if (writing()) {
            rows.user(id, u);
            audit.imported("user", id, u.login() + " " + u.displayName());
        }
        return true;
    }

    private boolean client(ClientRecord client) throws SQLException {
        if (clients.containsKey(client.key())) {
            throw new InvalidInputException("key", CliText.bind(CliText.import_duplicate, "key", client.key()));
        }
        long id = writing() ? clientIds.next(c) : REJECTED;
        clients.put(client.key(), id);
        clientNames.put(client.key(), client.name());
        if (writing()) {
            rows.client(id, client);
            audit.imported("client", id, client.name());
        }
        return true;
    }

    private boolean conflictCase(CaseRecord r) throws SQLException {
        if (cases.containsKey(r.number())) {
            throw new InvalidInputException("number", CliText.bind(CliText.import_duplicate, "number", r.number()));
        }
        if (databaseHasCases && lookup(caseByNumber, r.number()) != null) {
            cases.put(r.number(), REJECTED);
            throw new InvalidInputException("number", CliText.bind(CliText.import_caseExists, r.number()));
        }
        Long clientId = clientOf(r.clientKey());
        Long ownerId = null;
        if (r.ownerLogin() != null) {
            ownerId = users.get(r.ownerLogin());
            if (ownerId == null) {
                cases.put(r.number(), REJECTED);
                throw new InvalidInputException("owner", CliText.bind(CliText.import_unknownUser, r.ownerLogin()));
            }
        }
        if (clientId == null) {
            cases.put(r.number(), REJECTED);
            throw new InvalidInputException("client", CliText.bind(CliText.import_unknownClient, r.clientKey()));
        }
        highestCaseNumber = Math.max(highestCaseNumber, org.parley.core.model.Case.idOfNumber(r.number()));
        // a REJECTED reference implies an error already: nothing is written from then on
        long id = writing() ? caseIds.next(c) : REJECTED;
        cases.put(r.number(), id);
        if (writing()) {
            rows.conflictCase(id, clientId, clientNames.get(r.clientKey()), ownerId, r);
            audit.imported("case", id, r.number() + " " + r.title());
        }
        return true;
    }

    private boolean interaction(InteractionRecord r) throws SQLException {
        long caseId = caseOf(r.caseNumber());
        if (writing()) {
            long id = interactionIds.next(c);
            rows.interaction(id, caseId, r);
            audit.imported("interaction", id, r.caseNumber() + " " + r.occurredAt());
        }
        return true;
    }

    private boolean commitment(CommitmentRecord r) throws SQLException {
        long caseId = caseOf(r.caseNumber());
        if (writing()) {
            long id = commitmentIds.next(c);
            rows.commitment(id, caseId, r);
            audit.imported("commitment", id, r.caseNumber() + " " + r.description());
        }
        return true;
    }

    /** Nothing more is written once the import is known to fail: it will be rolled back anyway. */
    private boolean writing() {
        return !errors.any();
    }

    /** A client of this import by its key, else one already in the database by the key {@code C-<id>}. */
    private Long clientOf(String key) throws SQLException {
        Long id = clients.get(key);
        if (id != null) {
            return id;
        }
        if (key.startsWith(RecordSource.CLIENT_KEY_PREFIX)) {
            try {
                long dbId = Long.parseLong(key.substring(RecordSource.CLIENT_KEY_PREFIX.length()));
                clientById.setLong(1, dbId);
                try (ResultSet rs = clientById.executeQuery()) {
                    if (rs.next()) {
                        clients.put(key, dbId);
                        clientNames.put(key, rs.getString(2));
                        return dbId;
                    }
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private long caseOf(String number) throws SQLException {
        Long id = cases.get(number);
        if (id == null) {
            id = lookup(caseByNumber, number);
            if (id == null) {
                throw new InvalidInputException("case", CliText.bind(CliText.import_unknownCase, number));
            }
            cases.put(number, id);
        }
        return id;
    }

    private static Long lookup(PreparedStatement s, String key) throws SQLException {
        s.setString(1, key);
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private static void rejectedKey(SourceRecord record, String column, Map<String, Long> keys, boolean lowerCase) {
        Object k = record.values().get(column);
        if (k != null && !k.toString().isBlank()) {
            String key = k.toString().strip();
            keys.putIfAbsent(lowerCase ? key.toLowerCase(java.util.Locale.ROOT) : key, REJECTED);
        }
    }
}
