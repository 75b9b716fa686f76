package org.parley.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.parley.compensation.CatalogueService;
import org.parley.compensation.GestureAdvice;
import org.parley.compensation.GestureDraft;
import org.parley.compensation.GestureReports;
import org.parley.compensation.GestureService;
import org.parley.compensation.SpendGrouping;
import org.parley.core.service.Store;

/**
 * A harness, not a test: on the database {@link NavigatorBenchmark} filled, records a gesture on every fourth case
 * with SQL (most fulfilled, some waiting for approval), then times what the compensation catalogue does on screen:
 * the advice on a case (with the client's history), a proposal with its limit and budget check, the approval
 * queue, and the spend and per-client reports over a month and a year. Results are appended to
 * {@code target/benchmark-results.md}.
 */
class GestureBenchmark {

    private static final long ID_BASE = 200_000_000_000L;
    private static final String[] ITEMS = { "firm-new-date", "apology-gift", "replacement", "repair",
            "goodwill-credit", "refund", "discount-next-order", "free-extra-service" };
    private static final String[] CAUSES = { "late-delivery", "staff-behaviour", "product-quality", "product-quality",
            "late-delivery", "billing-error", null, null };

    @Test
    void gesturesOnAQuarterOfAMillionCases() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(GestureBenchmark.class).getBundleContext();
        Store store = Measurements.service(context, Store.class);
        CatalogueService catalogue = Measurements.service(context, CatalogueService.class);
        GestureService gestures = Measurements.service(context, GestureService.class);
        GestureAdvice advice = Measurements.service(context, GestureAdvice.class);
        GestureReports reports = Measurements.service(context, GestureReports.class);
        store.migrate();
        List<String> report = new ArrayList<>();
        report.add("");
        report.add("| gestures measurement | cold | warm median | warm max |");
        report.add("|---|---|---|---|");
        long t0 = System.nanoTime();
        int version = catalogue.current().version();
        report.add(String.format(Locale.ROOT, "| catalogue: shipped catalogue copied in on first use (v%d) | %.0f ms | | |",
                version, (System.nanoTime() - t0) / 1e6));
        if (Measurements.count(store, "SELECT COUNT(*) FROM gesture") == 0) {
            long t1 = System.nanoTime();
            store.inTransaction(() -> store.jdbc(c -> {
                try (Statement s = c.createStatement()) {
                    StringBuilder item = new StringBuilder("CASE MOD(k.id, 8)");
                    StringBuilder cause = new StringBuilder("CASE MOD(k.id, 8)");
                    for (int i = 0; i < ITEMS.length; i++) {
                        item.append(" WHEN ").append(i).append(" THEN '").append(ITEMS[i]).append('\'');
                        cause.append(" WHEN ").append(i).append(" THEN ")
                                .append(CAUSES[i] == null ? "NULL" : "'" + CAUSES[i] + "'");
                    }
                    item.append(" END");
                    cause.append(" END");
                    // one in a hundred still waits for a supervisor; the rest were given
                    s.executeUpdate("INSERT INTO gesture (id, version, case_id, client_id, catalogue_version, item_code,"
                            + " kind, gesture_value, currency, cost, state, approval_role, root_cause, team, over_budget,"
                            + " over_client_limit, proposed_by, proposed_at, decided_by, decided_at, updated_at)"
                            + " SELECT k.id + " + ID_BASE + ", 0, k.id, k.client_id, " + version + ", " + item
                            + ", 'APOLOGY_GIFT', NULL, NULL, MOD(k.id, 90) + 5, CASE WHEN MOD(k.id, 100) = 0 THEN"
                            + " 'PROPOSED' ELSE 'FULFILLED' END, CASE WHEN MOD(k.id, 100) = 0 THEN 'SUPERVISOR' ELSE"
                            + " 'AGENT' END, " + cause + ", CASE MOD(k.id, 3) WHEN 0 THEN 'north' WHEN 1 THEN 'south'"
                            + " ELSE 'east' END, FALSE, FALSE, CONCAT('agent', MOD(k.id, 50)), k.opened_at,"
                            + " CONCAT('agent', MOD(k.id, 50)), k.opened_at, k.opened_at FROM conflict_case k"
                            + " WHERE MOD(k.id, 4) = 0");
                }
                return null;
            }));
            report.add(String.format(Locale.ROOT, "| load: a gesture on every fourth case (SQL, once) | %.1f s | | |",
                    (System.nanoTime() - t1) / 1e9));
        }
        long total = Measurements.count(store, "SELECT COUNT(*) FROM gesture");
        LocalDate newest = store.jdbc(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(proposed_at) FROM gesture")) {
                rs.next();
                return rs.getTimestamp(1).toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
            }
        });
        long withGestures = store.jdbc(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT MAX(case_id) FROM gesture"); ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        report.add(Measurements.time(String.format(Locale.ROOT, "advice on a case with the client's history (of %,d gestures)",
                total), () -> advice.adviseFor(withGestures).alternatives().size(),
                i -> advice.adviseFor(withGestures - 4L * i).alternatives().size()));
        long open = store.jdbc(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT MAX(id) FROM conflict_case WHERE status NOT IN"
                    + " ('RESOLVED', 'CLOSED')"); ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        report.add(Measurements.time("check and propose a gesture (limits, budget, client limit; one transaction)",
                () -> propose(gestures, open), i -> propose(gestures, open)));
        report.add(Measurements.time("approval queue (proposed gestures the user may approve)",
                () -> gestures.awaitingApproval().size(), i -> gestures.awaitingApproval().size()));
        for (int days : new int[] { 30, 365 }) {
            LocalDate from = newest.minusDays(days - 1);
            report.add(Measurements.time("spend by team, the last " + days + " days",
                    () -> reports.spend(from, newest, SpendGrouping.TEAM).size(),
                    i -> reports.spend(from.minusDays(i), newest, SpendGrouping.TEAM).size()));
            report.add(Measurements.time("spend by root cause, the last " + days + " days",
                    () -> reports.spend(from, newest, SpendGrouping.ROOT_CAUSE).size(),
                    i -> reports.spend(from.minusDays(i), newest, SpendGrouping.ROOT_CAUSE).size()));
            report.add(Measurements.time("gestures per client, the last " + days + " days",
                    () -> reports.perClient(from, newest).size(), i -> reports.perClient(from.minusDays(i), newest).size()));
        }
        assertTrue(total > 0);
        Measurements.report(String.join("\n", report) + "\n", true);
    }

    private static int propose(GestureService gestures, long caseId) {
        return (int) gestures.propose(new GestureDraft(caseId, "goodwill-credit", new BigDecimal("20"), null,
                "benchmark")).id();
    }
}
