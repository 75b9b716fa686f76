package org.parley.store.internal;

import java.util.Map;
import java.util.StringJoiner;

import org.parley.core.model.Case;
import org.parley.core.model.Client;
import org.parley.core.model.Commitment;
import org.parley.core.model.Interaction;
import org.parley.core.model.User;

/** A record's state as a small JSON object, for the before/after columns of the audit trail. */
final class AuditSnapshot {

    private AuditSnapshot() {
    }

    static String of(Case c) {
        return json(ordered("number", c.getNumber(), "title", c.getTitle(), "status", c.getStatus(), "severity",
                c.getSeverity(), "channel", c.getChannel(), "client", c.getClient().getId(), "owner",
                c.getOwner() == null ? null : c.getOwner().getLogin(), "levelArisen", c.getLevelArisen(),
                "levelHandling", c.getLevelHandling(), "description", c.getDescription()));
    }

    static String of(Client c) {
        return json(ordered("name", c.getName(), "language", c.getLanguage(), "contactPoints",
                c.getContactPoints().toString(), "notes", c.getNotes()));
    }

    static String of(Interaction i) {
        return json(ordered("case", i.getCase().getId(), "channel", i.getChannel(), "direction", i.getDirection(),
                "occurredAt", i.getOccurredAt(), "author", i.getAuthor(), "clientWords", i.getClientWords(),
                "agentSummary", i.getAgentSummary()));
    }

    static String of(Commitment c) {
        return json(ordered("case", c.getCase().getId(), "kind", c.getKind(), "description", c.getDescription(),
                "dueAt", c.getDueAt(), "owner", c.getOwner(), "state", c.getState(), "settledNote",
                c.getSettledNote()));
    }

    static String of(User u) {
        return json(ordered("login", u.getLogin(), "displayName", u.getDisplayName(), "role", u.getRole(), "level",
                u.getLevel(), "trainedForConflicts", u.isTrainedForConflicts(), "team", u.getTeam(), "active", u.isActive()));
    }

    static String of(CustomFieldEntry f) {
        return json(ordered("target", f.target, "code", f.code, "type", f.type, "label", f.labelEn, "labelRu",
                f.labelRu, "labelRo", f.labelRo, "labelPl", f.labelPl, "choices", f.choices, "required", f.required,
                "active", f.active, "position", f.position));
    }

    /** Custom field values by code. */
    static String ofValues(Map<String, String> values) {
        return json(new java.util.LinkedHashMap<>(values));
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static String json(Map<String, Object> fields) {
        StringJoiner out = new StringJoiner(",", "{", "}");
        fields.forEach((k, v) -> out.add(quote(k) + ":" + (v == null ? "null"
                : v instanceof Number || v instanceof Boolean ? v.toString() : quote(v.toString()))));
        return out.toString();
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
