package org.parley.cli.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of record the CLI exports and imports, in the order they must be loaded (each refers only to
 * kinds before it), with their columns: the CSV header and the JSON field names.
 */
enum RecordKind {
    USERS(List.of("login", "display_name", "role"),
            "login", "display_name", "role", "level", "trained_for_conflicts", "team", "active"),
    CLIENTS(List.of("key", "name", "created_at"),
            "key", "name", "language", "contacts", "notes", "created_at"),
    CASES(List.of("number", "client", "title", "status", "channel", "opened_at"),
            "number", "client", "title", "description", "status", "severity", "channel", "owner", "level_arisen",
            "level_handling", "opened_at", "acknowledged_at", "closed_at"),
    INTERACTIONS(List.of("case", "occurred_at", "channel", "direction", "author"),
            "case", "occurred_at", "channel", "direction", "author", "client_words", "agent_summary"),
    COMMITMENTS(List.of("case", "kind", "description", "due_at", "state", "created_at"),
            "case", "kind", "description", "due_at", "owner", "state", "created_at", "settled_at", "settled_note");

    private final List<String> required;
    private final List<String> columns;

    RecordKind(List<String> required, String... columns) {
        this.required = required;
        this.columns = List.of(columns);
    }

    /** Columns a CSV header must name because no record can leave them empty. */
    List<String> requiredColumns() {
        return required;
    }

    List<String> columns() {
        return columns;
    }

    /** Whether {@code column} is one of this kind's: its own, or a custom field's ({@code field.<code>}) on clients and cases. */
    boolean hasColumn(String column) {
        return columns.contains(column) || (this == CLIENTS || this == CASES) && column.startsWith(RecordSource.FIELD_PREFIX);
    }

    /** The name on the command line, in file names and as the JSON key: {@code clients}, {@code cases}, ... */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    String csvFileName() {
        return word() + ".csv";
    }

    static List<String> words() {
        return Arrays.stream(values()).map(RecordKind::word).toList();
    }

    static RecordKind ofWord(String word) {
        for (RecordKind k : values()) {
            if (k.word().equals(word)) {
                return k;
            }
        }
        return null;
    }

    /** The kinds {@code --what} names: one kind, or all of them for {@code all}. */
    static List<RecordKind> selected(String what) {
        return what.equals("all") ? List.of(values()) : List.of(ofWord(what));
    }
}
