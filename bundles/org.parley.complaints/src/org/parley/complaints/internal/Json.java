package org.parley.complaints.internal;

/** Small JSON objects for the audit trail's before/after snapshots. */
final class Json {

    private Json() {
    }

    /** {@code object("a", 1, "b", "x")} is {@code {"a":1,"b":"x"}}; nulls are written as null. */
    static String object(Object... keysAndValues) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (i > 0) {
                b.append(',');
            }
            b.append(quote(String.valueOf(keysAndValues[i]))).append(':');
            Object v = keysAndValues[i + 1];
            b.append(v == null ? "null" : v instanceof Number || v instanceof Boolean ? v.toString() : quote(v.toString()));
        }
        return b.append('}').toString();
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
