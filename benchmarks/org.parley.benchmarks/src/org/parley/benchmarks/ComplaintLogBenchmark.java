package org.parley.benchmarks;


import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.parley.complaints.BookQuery;
import org.parley.complaints.ComplaintBook;
import org.parley.complaints.ComplaintDraft;
import org.parley.complaints.ComplaintService;
import org.parley.complaints.DeadlineService;
import org.parley.core.model.Severity;
import org.parley.core.service.Store;

/**
 * A harness, not a test: on the database {@link NavigatorBenchmark} filled (run it first, same
 * {@code parley.bench.db}), gives every case a complaint and open cases their three deadlines with one SQL
 * statement each, then times what the complaint log does on every screen: the complaint book, My day, the
 * duplicate check of the intake dialog and a full CSV export. Results are appended to
 * {@code target/benchmark-results.md}.
 */
class ComplaintLogBenchmark {

    private static final int PAGE = 200;

    @Test
    void complaintLogQueriesOnAMillionComplaints() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(ComplaintLogBenchmark.class).getBundleContext();
        Store store = Measurements.service(context, Store.class);
        ComplaintBook book = Measurements.service(context, ComplaintBook.class);
        DeadlineService deadlines = Measurements.service(context, DeadlineService.class);
        ComplaintService complaints = Measurements.service(context, ComplaintService.class);
        store.migrate();
        List<String> report = new ArrayList<>();
        report.add("");
        report.add("| complaint log measurement | cold | warm median | warm max |");
        report.add("|---|---|---|---|");
        long existing = Measurements.count(store, "SELECT COUNT(*) FROM complaint");
        if (existing == 0) {
            long t0 = System.nanoTime();
            store.inTransaction(() -> store.jdbc(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO complaint (id, version, case_id, client_id, channel, received_at,"
                            + " client_words, recorded_by, recorded_at) SELECT k.id, 0, k.id, k.client_id, k.channel,"
                            + " k.opened_at, k.title, 'bench.admin', k.opened_at FROM conflict_case k");
                    for (int kind = 0; kind < 3; kind++) {
                        s.executeUpdate("INSERT INTO case_deadline (id, version, case_id, kind, started_at,"
                                + " business_minutes, due_at, escalated) SELECT k.id * 3 + " + kind + ", 0, k.id, '"
                                + new String[] { "ACKNOWLEDGE", "FIRST_CALLBACK", "RESOLVE" }[kind] + "', k.opened_at, 240,"
                                + " k.opened_at, FALSE FROM conflict_case k WHERE k.status NOT IN ('RESOLVED', 'CLOSED')");
                    }
                }
                return null;
            }));
            report.add(String.format(Locale.ROOT, "| load: a complaint per case and three deadlines per open case (SQL) | %.1f s | | |",
                    (System.nanoTime() - t0) / 1e9));
        }
        long total = book.count(BookQuery.all());
        report.add(Measurements.time("complaint book: count all (" + total + ")", () -> (int) book.count(BookQuery.all()),
                i -> (int) book.count(BookQuery.all())));
        report.add(Measurements.time("complaint book: first page", () -> book.page(BookQuery.all(), 0, PAGE).size(),
                i -> book.page(BookQuery.all(), i * PAGE, PAGE).size()));
        long middle = total / 2;
        report.add(Measurements.time("complaint book: page in the middle", () -> book.page(BookQuery.all(), (int) middle, PAGE).size(),
                i -> book.page(BookQuery.all(), (int) middle + i * PAGE, PAGE).size()));
        BookQuery whatsapp = new BookQuery(null, null, "whatsapp", null, null, null);
        report.add(Measurements.time("complaint book: channel filter, count", () -> (int) book.count(whatsapp),
                i -> (int) book.count(whatsapp)));
        report.add(Measurements.time("complaint book: channel filter, first page", () -> book.page(whatsapp, 0, PAGE).size(),
                i -> book.page(whatsapp, i * PAGE, PAGE).size()));
        String busiest = store.jdbc(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT u.login FROM parley_user u"
                    + " JOIN conflict_case k ON k.owner_id = u.id GROUP BY u.login ORDER BY COUNT(*) DESC FETCH FIRST 1 ROWS ONLY")) {
                return rs.next() ? rs.getString(1) : "bench.admin";
            }
        });
        Instant far = Instant.now().plusSeconds(3600L * 24 * 365 * 10);
        report.add(Measurements.time("My day: deadlines of the busiest owner (" + busiest + "), first 500", () -> deadlines.dueFor(busiest,
                far, 500).size(), i -> deadlines.dueFor(busiest, far, 500).size()));
        long[] client = store.jdbc(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT client_id, received_at FROM complaint WHERE id = (SELECT MAX(id) FROM complaint)")) {
                rs.next();
                return new long[] { rs.getLong(1), rs.getTimestamp(2).toInstant().toEpochMilli() };
            }
        });
        ComplaintDraft probe = new ComplaintDraft(client[0], null, "whatsapp", null, Instant.ofEpochMilli(client[1]),
                "My order is late again and nobody calls me back", null, Severity.NORMAL, 0);
        report.add(Measurements.time("intake: likely duplicates of a new complaint", () -> complaints.likelyDuplicates(probe).size(),
                i -> complaints.likelyDuplicates(probe).size()));
        Path csv = Files.createTempFile("parley-book-", ".csv");
        System.gc();
        long t0 = System.nanoTime();
        try (Writer w = Files.newBufferedWriter(csv)) {
            book.exportCsv(BookQuery.all(), w);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Runtime rt = Runtime.getRuntime();
        report.add(String.format(Locale.ROOT, "| complaint book: CSV export of all %,d complaints | %.1f s (%,d MB file) | | |",
                total, seconds, Files.size(csv) / (1024 * 1024)));
        System.gc();
        report.add(String.format(Locale.ROOT, "| heap in use after the export (after GC) | %,d MB | | |",
                (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024)));
        Files.delete(csv);

        String result = String.join("\n", report) + "\n";
        Measurements.report(result, true);
    }

}
