package org.parley.cli.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.parley.cli.internal.Records.CaseRecord;
import org.parley.cli.internal.Records.ClientRecord;
import org.parley.cli.internal.Records.CommitmentRecord;
import org.parley.cli.internal.Records.InteractionRecord;
import org.parley.cli.internal.Records.UserRecord;
import org.parley.core.model.CaseStatus;
import org.parley.core.model.CommitmentKind;
import org.parley.core.model.CommitmentState;
import org.parley.core.model.ContactPoint;
import org.parley.core.model.Direction;
import org.parley.core.model.Role;
import org.parley.core.model.Severity;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.CommitmentDraft;
import org.parley.core.service.InteractionDraft;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.Require;
import org.parley.core.service.UserDraft;

/**
 * Turns an import row into a record, applying the same rules as the workbench: every row goes through the
 * core's draft for its kind (so a title is required, a language must be a language code, ...), plus what only
 * an import has: keys, historical times and states. Rejections are {@link InvalidInputException}s whose message
 * names the column. References to other records are resolved by the import afterwards.
 */
final class RecordRules {

    static final int MAX_KEY = 64;
    static final int MAX_NUMBER = 32;
    static final int MAX_NOTE = 2000;

    private final String signedInLogin;

    /** @param signedInLogin keeps a commitment whose owner column is empty, as in the workbench */
    RecordRules(String signedInLogin) {
        this.signedInLogin = signedInLogin;
    }

    UserRecord user(SourceRecord r) {
        UserDraft d = new UserDraft(text(r, "login"), text(r, "display_name"), choice(r, "role", Role.class, null),
                integer(r, "level", 0), bool(r, "trained_for_conflicts", false),
                text(r, "team"));
        return new UserRecord(d.login(), d.displayName(), d.role(), d.level(), d.trainedForConflicts(), d.team(),
                bool(r, "active", true));
    }

    ClientRecord client(SourceRecord r) {
        String key = key(r, "key", MAX_KEY);
        ClientDraft d = new ClientDraft(text(r, "name"), text(r, "language"), contacts(r), text(r, "notes"));
        return new ClientRecord(key, d.name(), d.language(), d.contactPoints(), d.notes(), instant(r, "created_at", true));
    }

    CaseRecord conflictCase(SourceRecord r) {
        String number = key(r, "number", MAX_NUMBER);
        String client = key(r, "client", MAX_KEY);
        // the client id only satisfies the draft: the reference itself is resolved against the file and database
        CaseDraft d = new CaseDraft(1, text(r, "title"), text(r, "description"), text(r, "channel"),
                choice(r, "severity", Severity.class, Severity.NORMAL), integer(r, "level_arisen", 0), text(r, "owner"));
        CaseStatus status = choice(r, "status", CaseStatus.class, null);
        int handling = Require.level("levelArisen", integer(r, "level_handling", d.levelArisen() + 1));
        return new CaseRecord(number, client, d.title(), d.description(), status, d.severity(), d.channel(),
                d.ownerLogin(), d.levelArisen(), handling, instant(r, "opened_at", true),
                instant(r, "acknowledged_at", false), instant(r, "closed_at", false));
    }

    InteractionRecord interaction(SourceRecord r) {
        String caseNumber = key(r, "case", MAX_NUMBER);
        Direction direction = choice(r, "direction", Direction.class, null);
        InteractionDraft d = new InteractionDraft(text(r, "channel"), direction, instant(r, "occurred_at", true),
                text(r, "client_words"), text(r, "agent_summary")); // text() never trims: the words stay verbatim
        String author = Require.login("login", text(r, "author"));
        return new InteractionRecord(caseNumber, d.occurredAt(), d.channel(), d.direction(), author, d.clientWords(),
                d.agentSummary());
    }

    CommitmentRecord commitment(SourceRecord r) {
        String caseNumber = key(r, "case", MAX_NUMBER);
        CommitmentDraft d = new CommitmentDraft(choice(r, "kind", CommitmentKind.class, null), text(r, "description"),
                instant(r, "due_at", true), text(r, "owner"));
        CommitmentState state = choice(r, "state", CommitmentState.class, null);
        Instant settledAt = instant(r, "settled_at", false);
        if (state != CommitmentState.OPEN && settledAt == null) {
            throw new InvalidInputException("settled_at", CliText.bind(CliText.import_settledMissing, state));
        }
        String note = text(r, "settled_note");
        if (note != null && note.strip().length() > MAX_NOTE) {
            throw new InvalidInputException("settled_note", CliText.bind(CliText.import_tooLong, "settled_note", MAX_NOTE));
        }
        return new CommitmentRecord(caseNumber, d.kind(), d.description(), d.dueAt(),
                d.ownerLogin() == null ? signedInLogin : d.ownerLogin(), state, instant(r, "created_at", true),
                settledAt, note == null || note.isBlank() ? null : note.strip());
    }

    private static String text(SourceRecord r, String column) {
        Object v = r.values().get(column);
        if (v == null) {
            return null;
        }
        if (v instanceof List<?> || v instanceof Map<?, ?>) {
            throw new InvalidInputException(column, CliText.bind(CliText.import_notText, column));
        }
        return v instanceof BigDecimal n ? n.toPlainString() : v.toString();
    }

    private static String key(SourceRecord r, String column, int max) {
        String k = text(r, column);
        if (k == null || k.isBlank()) {
            throw new InvalidInputException(column, CliText.bind(CliText.import_keyMissing, column));
        }
        k = k.strip();
        if (k.length() > max) {
            throw new InvalidInputException(column, CliText.bind(CliText.import_tooLong, column, max));
        }
        return k;
    }

    private static int integer(SourceRecord r, String column, int fallback) {
        String t = text(r, column);
        if (t == null || t.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(t.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(column, CliText.bind(CliText.import_notANumber, column, t));
        }
    }

    private static boolean bool(SourceRecord r, String column, boolean fallback) {
        String t = text(r, column);
        if (t == null || t.isBlank()) {
            return fallback;
        }
        return switch (t.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new InvalidInputException(column, CliText.bind(CliText.import_notABoolean, column, t));
        };
    }

    private static <E extends Enum<E>> E choice(SourceRecord r, String column, Class<E> type, E fallback) {
        String t = text(r, column);
        if (t == null || t.isBlank()) {
            if (fallback == null) {
                throw new InvalidInputException(column, CliText.bind(CliText.import_keyMissing, column));
            }
            return fallback;
        }
        String name = t.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new InvalidInputException(column, CliText.bind(CliText.import_notAChoice, column, t, allowed));
        }
    }

    /** ISO-8601 with a zone: {@code 2024-03-01T09:30:00Z} or {@code 2024-03-01T11:30:00+02:00}. */
    private static Instant instant(SourceRecord r, String column, boolean required) {
        String t = text(r, column);
        if (t == null || t.isBlank()) {
            if (required) {
                throw new InvalidInputException(column, CliText.bind(CliText.import_keyMissing, column));
            }
            return null;
        }
        try {
            return OffsetDateTime.parse(t.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(column, CliText.bind(CliText.import_notAnInstant, column, t));
        }
    }

    private static List<ContactPoint> contacts(SourceRecord r) {
        Object v = r.values().get("contacts");
        if (v == null) {
            return List.of();
        }
        if (v instanceof String s) {
            try {
                return ContactList.parse(s);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("contacts", e.getMessage());
            }
        }
        if (v instanceof List<?> list) {
            List<ContactPoint> points = new ArrayList<>();
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> m) || !(m.get("channel") instanceof String channel)
                        || !(m.get("address") instanceof String address)) {
                    throw new InvalidInputException("contacts", CliText.import_contactShape);
                }
                points.add(new ContactPoint(channel, address));
            }
            return points;
        }
        throw new InvalidInputException("contacts", CliText.import_contactShape);
    }
}
