package org.parley.format;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.format.internal.FormatText;

/**
 * Reads the JSON export one record at a time: the top-level object's array for the wanted kind is read
 * element by element, every other key is skipped, so memory holds one record however big the file is.
 */
public final class JsonReader {

    /** The file is not valid JSON (or not shaped like an export) at {@link #line}: nothing after it is read. */
    public static final class JsonSyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        public final int line;

        JsonSyntaxException(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    /** Receives each record with the line its object starts on. */
    @FunctionalInterface
    public interface RecordSink {
        void accept(int line, Object record) throws IOException;
    }

    private final Reader in;
    private int line = 1;
    private int peeked = -2;

    public JsonReader(Reader in) {
        this.in = in;
    }

    /**
     * Passes each element of the top-level array named {@code key} to {@code sink}; other values are skipped
     * without being kept.
     *
     * @return every top-level key with the line it is on, in file order
     */
    public Map<String, Integer> read(String key, RecordSink sink) throws IOException, JsonSyntaxException {
        int ch = skipSpace();
        if (ch == '\uFEFF') {
            ch = skipSpace();
        }
        expect(ch, '{');
        Map<String, Integer> keys = new LinkedHashMap<>();
        ch = skipSpace();
        if (ch == '}') {
            return keys;
        }
        while (true) {
            expect(ch, '"');
            String name = stringBody();
            if (keys.put(name, line) != null) {
                throw new JsonSyntaxException(line, FormatText.bind(FormatText.json_duplicateKey, name));
            }
            expect(skipSpace(), ':');
            if (name.equals(key)) {
                expect(skipSpace(), '[');
                ch = skipSpace();
                if (ch != ']') {
                    while (true) {
                        int start = line;
                        sink.accept(start, value(ch, true));
                        ch = skipSpace();
                        if (ch == ']') {
                            break;
                        }
                        expect(ch, ',');
                        ch = skipSpace();
                    }
                }
            } else {
                value(skipSpace(), false);
            }
            ch = skipSpace();
            if (ch == '}') {
                return keys;
            }
            expect(ch, ',');
            ch = skipSpace();
        }
    }

    /** Reads one value; with {@code keep} false it is only checked and skipped, so nothing big is built. */
    private Object value(int ch, boolean keep) throws IOException, JsonSyntaxException {
        switch (ch) {
            case '{' -> {
                Map<String, Object> map = keep ? new LinkedHashMap<>() : null;
                int c = skipSpace();
                if (c == '}') {
                    return map;
                }
                while (true) {
                    expect(c, '"');
                    String name = stringBody();
                    expect(skipSpace(), ':');
                    Object v = value(skipSpace(), keep);
                    if (keep && map.containsKey(name)) {
                        throw new JsonSyntaxException(line, FormatText.bind(FormatText.json_duplicateKey, name));
                    }
                    if (keep) {
                        map.put(name, v);
                    }
                    c = skipSpace();
                    if (c == '}') {
                        return map;
                    }
                    expect(c, ',');
                    c = skipSpace();
                }
            }
            case '[' -> {
                List<Object> list = keep ? new ArrayList<>() : null;
                int c = skipSpace();
                if (c == ']') {
                    return list;
                }
                while (true) {
                    Object v = value(c, keep);
                    if (keep) {
                        list.add(v);
                    }
                    c = skipSpace();
                    if (c == ']') {
                        return list;
                    }
                    expect(c, ',');
                    c = skipSpace();
                }
            }
            case '"' -> {
                return stringBody();
            }
            default -> {
                StringBuilder word = new StringBuilder();
                int c = ch;
                while (c != -1 && (Character.isLetterOrDigit(c) || c == '-' || c == '+' || c == '.')) {
                    word.append((char) c);
                    c = read();
                }
                peeked = c;
                String w = word.toString();
                switch (w) {
                    case "true":
                        return Boolean.TRUE;
                    case "false":
                        return Boolean.FALSE;
                    case "null":
                        return null;
                    default:
                        if (w.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
                            return new java.math.BigDecimal(w);
                        }
                        throw new JsonSyntaxException(line, FormatText.bind(FormatText.json_unexpected,
                                w.isEmpty() ? describe(ch) : w));
                }
            }
        }
    }

    private String stringBody() throws IOException, JsonSyntaxException {
        StringBuilder b = new StringBuilder();
        int start = line;
        while (true) {
            int c = read();
            if (c == -1 || c == '\n') {
                throw new JsonSyntaxException(start, FormatText.json_unclosedString);
            }
            if (c == '"') {
                return b.toString();
            }
            if (c == '\\') {
                int e = read();
                switch (e) {
                    case '"', '\\', '/' -> b.append((char) e);
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        char[] hex = new char[4];
                        for (int i = 0; i < 4; i++) {
                            int h = read();
                            if (Character.digit(h, 16) < 0) {
                                throw new JsonSyntaxException(line, FormatText.json_badEscape);
                            }
                            hex[i] = (char) h;
                        }
                        b.append((char) Integer.parseInt(new String(hex), 16));
                    }
                    default -> throw new JsonSyntaxException(line, FormatText.json_badEscape);
                }
            } else if (c < 0x20) {
                throw new JsonSyntaxException(line, FormatText.json_controlCharacter);
            } else {
                b.append((char) c);
            }
        }
    }

    private void expect(int ch, char wanted) throws JsonSyntaxException {
        if (ch != wanted) {
            throw new JsonSyntaxException(line, FormatText.bind(FormatText.json_expected, String.valueOf(wanted), describe(ch)));
        }
    }

    private static String describe(int ch) {
        return ch == -1 ? FormatText.json_endOfFile : String.valueOf((char) ch);
    }

    private int skipSpace() throws IOException {
        int c = read();
        while (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            c = read();
        }
        return c;
    }

    private int read() throws IOException {
        int c;
        if (peeked != -2) {
            c = peeked;
            peeked = -2;
            return c;
        }
        c = in.read();
        if (c == '\n') {
            line++;
        }
        return c;
    }
}
