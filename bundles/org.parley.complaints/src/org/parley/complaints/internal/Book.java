package org.parley.complaints.internal;

import java.io.IOException;
import java.io.Writer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.complaints.BookEntry;
import org.parley.complaints.BookQuery;
import org.parley.complaints.ComplaintBook;
import org.parley.core.model.CaseStatus;
import org.parley.core.service.Clock;
import org.parley.core.service.Store;

/**
 * The complaint book: one SQL query with every filter, paged by offset for the screen and streamed in keyset
 * pages for exports, so a book of a million complaints never sits in memory.
 */
@Component(service = ComplaintBook.class)
public class Book implements ComplaintBook {

    private static final int EXPORT_PAGE = 1000;
    private static final String FROM = " FROM complaint m JOIN conflict_case k ON k.id = m.case_id"
            + " LEFT JOIN investigation i ON i.case_id = m.case_id";
    private static final String SELECT = "SELECT m.id, m.received_at, m.channel, m.channel_reference, k.id, k.case_number,"
            + " k.client_name, m.client_words, k.status, k.level_handling, i.root_cause, k.closed_at";

    private final Store store;
    private final Clock clock;

    @Activate
    public Book(@Reference Store store, @Reference Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public long count(BookQuery query) {
        return store.jdbc(c -> {
            List<Object> args = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*)" + from(query) + where(query, args, 0))) {
                bind(p, args);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public List<BookEntry> page(BookQuery query, int offset, int limit) {
        return store.jdbc(c -> {
            // two steps, as the case navigator does: the page's ids are found on the tables the filters need (often
            // the complaint table alone, in index order), then only those rows are read with their case
            List<Object> args = new ArrayList<>();
            String where = where(query, args, 0);
            return byIds(c, ids(c, "SELECT m.id" + from(query) + where + " ORDER BY m.received_at, m.id OFFSET "
                    + Math.max(0, offset) + " ROWS FETCH NEXT " + Math.max(1, limit) + " ROWS ONLY", args));
        });
    }

    private static List<Long> ids(java.sql.Connection c, String sql, List<Object> args) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, args);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The entries with these ids, with their case, in book order. */
    private static List<BookEntry> byIds(java.sql.Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            in.append(i == 0 ? "?" : ",?");
        }
        try (PreparedStatement p = c.prepareStatement(SELECT + FROM + " WHERE m.id IN (" + in
                + ") ORDER BY m.received_at, m.id")) {
            bind(p, new ArrayList<>(ids));
            return read(p);
        }
    }

    /** The tables a query's filters need: the complaint alone, or with its case and investigation. */
    private static String from(BookQuery q) {
        String f = " FROM complaint m";
        if (q.status() != null || q.level() != null || q.rootCause() != null) {
            f += " JOIN conflict_case k ON k.id = m.case_id";
        }
        if (q.rootCause() != null) {
            f += " LEFT JOIN investigation i ON i.case_id = m.case_id";
        }
        return f;
    }

    @Override
    public void exportCsv(BookQuery query, Writer out) throws IOException {
        out.write(csv(List.of("received_at", "channel", "reference", "case", "client", "status", "level", "root_cause",
                "closed_at", "words")));
        export(query, entry -> out.write(csv(List.of(entry.receivedAt().toString(), entry.channel(),
                nullToEmpty(entry.channelReference()), entry.caseNumber(), entry.clientName(), entry.status().name(),
                Integer.toString(entry.levelHandling()), nullToEmpty(entry.rootCause()),
                entry.closedAt() == null ? "" : entry.closedAt().toString(), entry.clientWords()))));
        out.flush();
    }

    @Override
    public void exportHtml(BookQuery query, Locale locale, Writer out) throws IOException {
        ZoneId zone = ZoneId.systemDefault();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        out.write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
                + html(ComplaintText.in(locale, "book.title")) + "</title>\n<style>"
                + "body{font:10pt sans-serif;margin:1.5cm}h1{font-size:14pt}p.filter{color:#444}"
                + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:3px 5px;vertical-align:top;"
                + "text-align:left}thead{display:table-header-group}tr{page-break-inside:avoid}"
                + "td.words{white-space:pre-wrap}@page{size:A4 landscape;margin:1cm}</style></head><body>\n");
        out.write("<h1>" + html(ComplaintText.in(locale, "book.title")) + "</h1>\n<p class=\"filter\">"
                + html(ComplaintText.in(locale, "book.filter", describe(query, locale, time),
                        time.format(clock.now()), count(query)))
                + "</p>\n<table><thead><tr>");
        for (String h : List.of("received", "channel", "reference", "case", "client", "status", "level", "rootCause",
                "closed", "words")) {
            out.write("<th>" + html(ComplaintText.in(locale, "book.column." + h)) + "</th>");
        }
        out.write("</tr></thead><tbody>\n");
        export(query, e -> out.write("<tr><td>" + html(time.format(e.receivedAt())) + "</td><td>" + html(e.channel())
                + "</td><td>" + html(nullToEmpty(e.channelReference())) + "</td><td>" + html(e.caseNumber()) + "</td><td>"
                + html(e.clientName()) + "</td><td>" + html(e.status().name()) + "</td><td>" + e.levelHandling()
                + "</td><td>" + html(nullToEmpty(e.rootCause())) + "</td><td>"
                + (e.closedAt() == null ? "" : html(time.format(e.closedAt()))) + "</td><td class=\"words\">"
                + html(e.clientWords()) + "</td></tr>\n"));
        out.write("</tbody></table></body></html>\n");
        out.flush();
    }

    @FunctionalInterface
    private interface EntrySink {
        void accept(BookEntry entry) throws IOException;
    }

    /** Every matching entry in book order, a keyset page at a time. */
    private void export(BookQuery query, EntrySink sink) throws IOException {
        Instant afterTime = null;
        long afterId = 0;
        while (true) {
            Instant t = afterTime;
            long id = afterId;
            List<BookEntry> page = store.jdbc(c -> {
                List<Object> args = new ArrayList<>();
                String where = where(query, args, t == null ? 0 : 1);
                if (t != null) {
                    args.add(Timestamp.from(t));
                    args.add(Timestamp.from(t));
                    args.add(id);
                }
                // one step here: a keyset page continues where the last ended, so no offset is skipped over
                try (PreparedStatement p = c.prepareStatement(SELECT + FROM + where + " ORDER BY m.received_at, m.id"
                        + " FETCH FIRST " + EXPORT_PAGE + " ROWS ONLY")) {
                    bind(p, args);
                    return read(p);
                }
            });
            for (BookEntry e : page) {
                sink.accept(e);
            }
            if (page.size() < EXPORT_PAGE) {
                return;
            }
            BookEntry last = page.get(page.size() - 1);
            afterTime = last.receivedAt();
            afterId = last.complaintId();
        }
    }

    /** The WHERE clause for the query; {@code keyset} 1 adds "after this (received_at, id)". */
    private static String where(BookQuery q, List<Object> args, int keyset) {
        List<String> conditions = new ArrayList<>();
        if (q.from() != null) {
            conditions.add("m.received_at >= ?");
            args.add(Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            conditions.add("m.received_at < ?");
            args.add(Timestamp.from(q.to()));
        }
        if (q.channel() != null) {
            conditions.add("m.channel = ?");
            args.add(q.channel());
        }
        if (q.status() != null) {
            conditions.add("k.status = ?");
            args.add(q.status().name());
        }
        if (q.level() != null) {
            conditions.add("k.level_handling = ?");
            args.add(q.level());
        }
        if (q.rootCause() != null) {
            conditions.add("i.root_cause = ?");
            args.add(q.rootCause());
        }
        if (keyset == 1) {
            conditions.add("(m.received_at > ? OR (m.received_at = ? AND m.id > ?))");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(PreparedStatement p, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            p.setObject(i + 1, args.get(i));
        }
    }

    private static List<BookEntry> read(PreparedStatement p) throws SQLException {
        List<BookEntry> entries = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                Timestamp closed = rs.getTimestamp(12);
                entries.add(new BookEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        CaseStatus.valueOf(rs.getString(9)), rs.getInt(10), rs.getString(11),
                        closed == null ? null : closed.toInstant()));
            }
        }
        return entries;
    }

    private static String describe(BookQuery q, Locale locale, DateTimeFormatter time) {
        List<String> parts = new ArrayList<>();
        if (q.from() != null) {
            parts.add(ComplaintText.in(locale, "book.from", time.format(q.from())));
        }
        if (q.to() != null) {
            parts.add(ComplaintText.in(locale, "book.to", time.format(q.to())));
        }
        if (q.channel() != null) {
            parts.add(ComplaintText.in(locale, "book.column.channel") + ": " + q.channel());
        }
        if (q.status() != null) {
            parts.add(ComplaintText.in(locale, "book.column.status") + ": " + q.status().name());
        }
        if (q.level() != null) {
            parts.add(ComplaintText.in(locale, "book.column.level") + ": " + q.level());
        }
        if (q.rootCause() != null) {
            parts.add(ComplaintText.in(locale, "book.column.rootCause") + ": " + q.rootCause());
        }
        return parts.isEmpty() ? ComplaintText.in(locale, "book.everything") : String.join("; ", parts);
    }

    /** One RFC 4180 record: fields quoted when they hold a comma, quote or line break; CRLF at the end. */
    static String csv(List<String> fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                b.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                b.append(f);
            }
        }
        return b.append("\r\n").toString();
    }

    static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
