package org.parley.format;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes the JSON export: one object with a key per kind, each an array with one record object per line, so
 * the file streams out record by record and a diff or an error's line number points at one record.
 */
public final class JsonWriter {

    public static final String FORMAT = "parley-export";
    public static final int VERSION = 1;

    private final Writer out;
    private boolean firstKind = true;
    private boolean firstRecord;

    public JsonWriter(Writer out) throws IOException {
        this.out = out;
        out.write("{\n  \"format\": \"" + FORMAT + "\",\n  \"version\": " + VERSION);
    }

    public void beginKind(String key) throws IOException {
        out.write(",\n  ");
        string(key);
        out.write(": [");
        firstRecord = true;
        firstKind = false;
    }

    public void record(Map<String, Object> fields) throws IOException {
        out.write(firstRecord ? "\n    " : ",\n    ");
        firstRecord = false;
        value(fields);
    }

    public void endKind() throws IOException {
        out.write(firstRecord ? "]" : "\n  ]");
    }

    public void finish() throws IOException {
        out.write("\n}\n");
    }

    public boolean wroteKind() {
        return !firstKind;
    }

    private void value(Object v) throws IOException {
        if (v == null) {
            out.write("null");
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Number || v instanceof Boolean) {
            out.write(v.toString());
        } else if (v instanceof Map<?, ?> map) {
            out.write('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.write(", ");
                }
                first = false;
                string(e.getKey().toString());
                out.write(": ");
                value(e.getValue());
            }
            out.write('}');
        } else if (v instanceof List<?> list) {
            out.write('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.write(", ");
                }
                value(list.get(i));
            }
            out.write(']');
        } else {
            string(v.toString());
        }
    }

    private void string(String s) throws IOException {
        out.write('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.write(String.format("\\u%04x", (int) c));
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }
}
