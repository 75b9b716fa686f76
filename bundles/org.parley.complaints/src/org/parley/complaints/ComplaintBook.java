package org.parley.complaints;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** The complaint book: every complaint in the order received, filtered and paged in the database. */
public interface ComplaintBook {

    long count(BookQuery query);

    /** One page, oldest first. */
    List<BookEntry> page(BookQuery query, int offset, int limit);

    /** Writes every matching entry as CSV (RFC 4180, UTF-8, header row); streams, so any size fits. */
    void exportCsv(BookQuery query, Writer out) throws IOException;

    /** Writes a printable, self-contained HTML document of the matching entries in {@code locale}. */
    void exportHtml(BookQuery query, Locale locale, Writer out) throws IOException;
}
