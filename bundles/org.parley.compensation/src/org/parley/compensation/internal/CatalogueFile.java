package org.parley.compensation.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.compensation.CatalogueFormat;
import org.parley.compensation.CatalogueItem;
import org.parley.compensation.GestureKind;
import org.parley.compensation.GestureRules;
import org.parley.core.model.Language;
import org.parley.core.service.InvalidInputException;
import org.parley.format.CsvReader;
import org.parley.format.CsvWriter;
import org.parley.format.JsonReader;
import org.parley.format.JsonWriter;

/**
 * The catalogue's files. JSON holds the rules and every item with its texts per language; CSV holds items only,
 * one per row with a column per language. Every refusal names the line. The database keeps each version as its
 * JSON text, so an export is that version exactly.
 */
final class CatalogueFile {

    /** A catalogue read from a file: rules are null when the file had none (CSV). */
    record Contents(GestureRules rules, List<CatalogueItem> items) {
    }

    static final String RULES = "rules";
    static final String ITEMS = "items";
    private static final int MAX_CHARS = 5_000_000;
    private static final List<String> TEXTS = List.of("name", "description", "redemption");
    private static final List<String> ITEM_FIELDS = List.of("code", "kind", "name", "description", "redemption",
            "value_from", "value_to", "currency", "cost", "root_causes", "valid_from", "valid_to", "active",
            "per_client_limit", "per_client_days");
    private static final List<String> RULE_FIELDS = List.of("currency", "agent_limit", "supervisor_limit",
            "window_days", "no_gesture_after", "flag_above");

    private CatalogueFile() {
    }

    static Contents read(Reader in, CatalogueFormat format) throws IOException {
        String text = readAll(in);
        return format == CatalogueFormat.CSV ? readCsv(text) : readJson(text);
    }

    static void write(GestureRules rules, List<CatalogueItem> items, Writer out, CatalogueFormat format)
            throws IOException {
        if (format == CatalogueFormat.CSV) {
            writeCsv(items, out);
        } else {
            writeJson(rules, items, out);
        }
        out.flush();
    }

    static String json(GestureRules rules, List<CatalogueItem> items) {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            writeJson(rules, items, w);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    // --- JSON

    private static Contents readJson(String text) throws IOException {
        List<GestureRules> rules = new ArrayList<>();
        List<CatalogueItem> items = new ArrayList<>();
        try {
            Map<String, Integer> keys = new JsonReader(new StringReader(text)).read(RULES,
                    (line, record) -> rules.add(atLine(line, () -> rules(object(record, RULES)))));
            for (Map.Entry<String, Integer> k : keys.entrySet()) {
                if (!Set.of("format", "version", RULES, ITEMS).contains(k.getKey())) {
                    throw lineError(k.getValue(), CompensationText.get("file.unknownKey", k.getKey()));
                }
            }
            if (!keys.containsKey(ITEMS)) {
                throw new InvalidInputException("file", CompensationText.get("file.noItems"));
            }
            new JsonReader(new StringReader(text)).read(ITEMS,
                    (line, record) -> items.add(atLine(line, () -> item(object(record, ITEMS)))));
        } catch (JsonReader.JsonSyntaxException e) {
            throw lineError(e.line, e.getMessage());
        }
        if (rules.size() > 1) {
            throw new InvalidInputException("rules", CompensationText.get("file.twoRules"));
        }
        return new Contents(rules.isEmpty() ? null : rules.get(0), items);
    }

    private static void writeJson(GestureRules r, List<CatalogueItem> items, Writer out) throws IOException {
        JsonWriter w = new JsonWriter(out);
        w.beginKind(RULES);
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("currency", r.currency());
        rules.put("agent_limit", r.agentLimit());
        rules.put("supervisor_limit", r.supervisorLimit());
        rules.put("window_days", r.windowDays());
        rules.put("no_gesture_after", r.noGestureAfter());
        rules.put("flag_above", r.flagAbove());
        w.record(rules);
        w.endKind();
        w.beginKind(ITEMS);
        for (CatalogueItem i : items) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", i.code());
            m.put("kind", i.kind().code());
            m.put("name", languages(i.names()));
            m.put("description", languages(i.descriptions()));
            m.put("redemption", languages(i.redemption()));
            m.put("value_from", i.valueFrom());
            m.put("value_to", i.valueTo());
            m.put("currency", i.currency());
            m.put("cost", i.cost());
            m.put("root_causes", i.rootCauses());
            m.put("valid_from", i.validFrom() == null ? null : i.validFrom().toString());
            m.put("valid_to", i.validTo() == null ? null : i.validTo().toString());
            m.put("active", i.active());
            m.put("per_client_limit", i.perClientLimit());
            m.put("per_client_days", i.perClientDays());
            w.record(m);
        }
        w.endKind();
        w.finish();
    }

    private static Map<String, Object> languages(Map<Language, String> texts) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Language l : Language.values()) {
            String t = texts.get(l);
            if (t != null && !t.isBlank()) {
                m.put(l.code(), t);
            }
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object record, String key) {
        if (!(record instanceof Map<?, ?>)) {
            throw new InvalidInputException(key, CompensationText.get("file.notAnObject", key));
        }
        return (Map<String, Object>) record;
    }

    private static GestureRules rules(Map<String, Object> m) {
        unknownFields(m, RULE_FIELDS);
        return new GestureRules(upper(text(m, "currency")), amount(m, "agent_limit"), amount(m, "supervisor_limit"),
                whole(m, "window_days", 365), whole(m, "no_gesture_after", 3), whole(m, "flag_above", 3));
    }

    /** One item from a JSON object or a CSV row turned into one; texts per language are maps. */
    private static CatalogueItem item(Map<String, Object> m) {
        unknownFields(m, ITEM_FIELDS);
        String code = text(m, "code");
        if (code == null) {
            throw new InvalidInputException("code", CompensationText.get("file.codeMissing"));
        }
        String kindText = text(m, "kind");
        GestureKind kind = GestureKind.ofCode(kindText);
        if (kind == null) {
            throw new InvalidInputException("kind", CompensationText.get("catalogue.badKind", code,
                    String.valueOf(kindText), CatalogueRules.kinds()));
        }
        Object active = m.get("active");
        return new CatalogueItem(code, kind, texts(m, "name", code), texts(m, "description", code),
                texts(m, "redemption", code), amount(m, "value_from"), amount(m, "value_to"),
                upper(text(m, "currency")), amount(m, "cost"), rootCauses(m.get("root_causes"), code),
                date(m, "valid_from", code), date(m, "valid_to", code), active == null || bool(active, code),
                whole(m, "per_client_limit", 0), whole(m, "per_client_days", 0));
    }

    // --- CSV

    private static List<String> csvHeader() {
        List<String> h = new ArrayList<>(List.of("code", "kind"));
        for (String t : TEXTS) {
            for (Language l : Language.values()) {
                h.add(t + "_" + l.code());
            }
        }
        h.addAll(List.of("value_from", "value_to", "currency", "cost", "root_causes", "valid_from", "valid_to",
                "active", "per_client_limit", "per_client_days"));
        return h;
    }

    private static Contents readCsv(String text) throws IOException {
        CsvReader csv = new CsvReader(new StringReader(text));
        List<CatalogueItem> items = new ArrayList<>();
        try {
            List<String> header = csv.next();
            if (header == null) {
                throw new InvalidInputException("file", CompensationText.get("file.noItems"));
            }
            List<String> known = csvHeader();
            for (String h : header) {
                if (!known.contains(h.strip())) {
                    throw lineError(csv.recordLine(), CompensationText.get("file.unknownColumn", h,
                            String.join(", ", known)));
                }
            }
            for (String required : List.of("code", "kind", "name_en", "cost")) {
                if (!header.stream().map(String::strip).toList().contains(required)) {
                    throw lineError(csv.recordLine(), CompensationText.get("file.columnMissing", required));
                }
            }
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                int line = csv.recordLine();
                if (row.size() != header.size()) {
                    throw lineError(line, CompensationText.get("file.fieldCount", row.size(), header.size()));
                }
                Map<String, Object> m = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    String h = header.get(c).strip();
                    String v = row.get(c).isBlank() ? null : row.get(c);
                    int cut = h.lastIndexOf('_');
                    String base = cut < 0 ? h : h.substring(0, cut);
                    if (TEXTS.contains(base)) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> texts = (Map<String, Object>) m.computeIfAbsent(base,
                                k -> new LinkedHashMap<String, Object>());
                        if (v != null) {
                            texts.put(h.substring(cut + 1), v);
                        }
                    } else if (h.equals("root_causes")) {
                        m.put(h, v == null ? List.of() : List.of(v.strip().split("\\s*[;,\\s]\\s*")));
                    } else {
                        m.put(h, v);
                    }
                }
                items.add(atLine(line, () -> item(m)));
            }
        } catch (CsvReader.CsvSyntaxException e) {
            throw lineError(e.line, e.getMessage());
        }
        return new Contents(null, items);
    }

    private static void writeCsv(List<CatalogueItem> items, Writer out) throws IOException {
        CsvWriter w = new CsvWriter(out);
        w.row(csvHeader());
        for (CatalogueItem i : items) {
            List<String> row = new ArrayList<>(List.of(i.code(), i.kind().code()));
            for (Map<Language, String> texts : List.of(i.names(), i.descriptions(), i.redemption())) {
                for (Language l : Language.values()) {
                    row.add(texts.getOrDefault(l, ""));
                }
            }
            row.addAll(List.of(plainOrEmpty(i.valueFrom()), plainOrEmpty(i.valueTo()),
                    i.currency() == null ? "" : i.currency(), plainOrEmpty(i.cost()), String.join(" ", i.rootCauses()),
                    i.validFrom() == null ? "" : i.validFrom().toString(),
                    i.validTo() == null ? "" : i.validTo().toString(), Boolean.toString(i.active()),
                    Integer.toString(i.perClientLimit()), Integer.toString(i.perClientDays())));
            w.row(row);
        }
    }

    // --- values

    private interface Parse<T> {
        T run();
    }

    private static <T> T atLine(int line, Parse<T> parse) {
        try {
            return parse.run();
        } catch (InvalidInputException e) {
            throw lineError(line, e.getMessage());
        }
    }

    private static InvalidInputException lineError(int line, String message) {
        return new InvalidInputException("file", CompensationText.get("file.line", line, message));
    }

    private static void unknownFields(Map<String, Object> m, List<String> known) {
        for (String k : m.keySet()) {
            if (!known.contains(k)) {
                throw new InvalidInputException(k, CompensationText.get("file.unknownField", k, String.join(", ", known)));
            }
        }
    }

    private static String text(Map<String, Object> m, String field) {
        Object v = m.get(field);
        if (v == null) {
            return null;
        }
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            throw new InvalidInputException(field, CompensationText.get("file.notText", field));
        }
        String s = v instanceof BigDecimal n ? n.toPlainString() : v.toString().strip();
        return s.isEmpty() ? null : s;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
    }

    private static BigDecimal amount(Map<String, Object> m, String field) {
        String t = text(m, field);
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, CompensationText.get("file.notANumber", field, t));
        }
    }

    private static int whole(Map<String, Object> m, String field, int fallback) {
        String t = text(m, field);
        if (t == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, CompensationText.get("file.notAWholeNumber", field, t));
        }
    }

    private static LocalDate date(Map<String, Object> m, String field, String code) {
        String t = text(m, field);
        try {
            return t == null ? null : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, CompensationText.get("file.notADate", code, field, t));
        }
    }

    private static boolean bool(Object v, String code) {
        String t = v.toString().strip().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new InvalidInputException("active", CompensationText.get("file.notABoolean", code, t));
        };
    }

    private static Map<Language, String> texts(Map<String, Object> m, String field, String code) {
        Object v = m.get(field);
        Map<Language, String> out = new EnumMap<>(Language.class);
        if (v == null) {
            return out;
        }
        if (!(v instanceof Map<?, ?> map)) {
            throw new InvalidInputException(field, CompensationText.get("file.notLanguages", code, field));
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Language l = Language.ofCode(e.getKey().toString());
            if (l == null) {
                throw new InvalidInputException(field, CompensationText.get("file.badLanguage", code, field,
                        e.getKey().toString()));
            }
            if (e.getValue() != null && !e.getValue().toString().isBlank()) {
                out.put(l, e.getValue().toString().strip());
            }
        }
        return out;
    }

    private static List<String> rootCauses(Object v, String code) {
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw new InvalidInputException("root_causes", CompensationText.get("file.notAList", code, "root_causes"));
        }
        List<String> causes = new ArrayList<>();
        for (Object o : list) {
            if (o != null && !o.toString().isBlank()) {
                causes.add(o.toString().strip());
            }
        }
        return causes;
    }

    private static String plainOrEmpty(BigDecimal v) {
        return v == null ? "" : CatalogueRules.plain(v);
    }

    private static String readAll(Reader in) throws IOException {
        StringBuilder b = new StringBuilder();
        char[] buf = new char[8192];
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            b.append(buf, 0, n);
            if (b.length() > MAX_CHARS) {
                throw new InvalidInputException("file", CompensationText.get("file.tooBig", MAX_CHARS / 1_000_000));
            }
        }
        return b.toString();
    }
}
