package org.parley.format;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.parley.format.internal.FormatText;

/**
 * Reads RFC 4180 CSV one record at a time, remembering the line each record starts on. Line breaks inside a
 * quoted field are kept exactly as written (a client's words stay verbatim); records may end in CRLF or LF.
 */
public final class CsvReader {

    /** A record that could not be read; {@link #fatal} when the rest of the file cannot be trusted either. */
    public static final class CsvSyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        public final int line;
        public final boolean fatal;

        CsvSyntaxException(int line, String message, boolean fatal) {
            super(message);
            this.line = line;
            this.fatal = fatal;
        }
    }

    private final Reader in;
    private int line = 1;
    private int recordLine;
    private int peeked = -2;
    private boolean started;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** The line the last record returned (or rejected) started on. */
    public int recordLine() {
        return recordLine;
    }

    /** The next record's fields, or null at the end of the file; blank lines are skipped. */
    public List<String> next() throws IOException, CsvSyntaxException {
        int ch = read();
        if (!started) {
            started = true;
            if (ch == '\uFEFF') {
                ch = read();
            }
        }
        while (ch == '\r' || ch == '\n') {
            skipLineEnd(ch);
            ch = read();
        }
        if (ch == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (ch == '"' && field.length() == 0) {
                int quoteLine = line;
                while (true) {
                    ch = read();
                    if (ch == -1) {
                        throw new CsvSyntaxException(quoteLine, FormatText.csv_unclosedQuote, true);
                    }
                    if (ch == '"') {
                        ch = read();
                        if (ch != '"') {
                            break;
                        }
                    }
                    if (ch == '\n') {
                        line++;
                    }
                    field.append((char) ch);
                }
                if (ch != ',' && ch != '\r' && ch != '\n' && ch != -1) {
                    skipRestOfLine(ch);
                    throw new CsvSyntaxException(recordLine, FormatText.csv_textAfterQuote, false);
                }
            } else {
                while (ch != ',' && ch != '\r' && ch != '\n' && ch != -1) {
                    if (ch == '"') {
                        skipRestOfLine(ch);
                        throw new CsvSyntaxException(recordLine, FormatText.csv_strayQuote, false);
                    }
                    field.append((char) ch);
                    ch = read();
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (ch == ',') {
                ch = read();
                continue;
            }
            if (ch != -1) {
                skipLineEnd(ch);
            }
            return fields;
        }
    }

    /** Consumes one line end (CRLF, LF or a lone CR) and nothing after it. */
    private void skipLineEnd(int ch) throws IOException {
        if (ch == '\r') {
            int n = read();
            if (n != '\n') {
                peeked = n;
            }
        }
        line++;
    }

    private void skipRestOfLine(int ch) throws IOException {
        while (ch != '\n' && ch != -1) {
            ch = read();
        }
        if (ch == '\n') {
            line++;
        }
    }

    private int read() throws IOException {
        if (peeked != -2) {
            int p = peeked;
            peeked = -2;
            return p;
        }
        return in.read();
    }
}
