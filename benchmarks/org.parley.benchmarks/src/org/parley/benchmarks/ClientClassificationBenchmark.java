package org.parley.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.parley.core.service.Session;
import org.parley.core.service.Store;
import org.parley.termination.ClientClassifier;
import org.parley.termination.TerminationService;

/**
 * A harness, not a test (named to run after {@link NavigatorBenchmark}, which fills the database): times the problem-client views: the
 * classification of the client with the most cases and of an ordinary one (every indicator with its evidence), the
 * termination checklist of the busiest client, and the report of ended relationships. Results are appended to
 * {@code target/benchmark-results.md}.
 */
class ClientClassificationBenchmark {

    @Test
    void classificationAndChecklistOnAMillionCases() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(ClientClassificationBenchmark.class).getBundleContext();
        Store store = Measurements.service(context, Store.class);
        ClientClassifier classifier = Measurements.service(context, ClientClassifier.class);
        TerminationService terminations = Measurements.service(context, TerminationService.class);
        store.migrate();
        // ending a relationship is a supervisor's, overriding the checklist a director's: the demo data's director
        Measurements.service(context, Session.class).signIn("r.vance");
        List<String> report = new ArrayList<>();
        report.add("");
        report.add("| problem clients measurement | cold | warm median | warm max |");
        report.add("|---|---|---|---|");
        long[] busiest = store.jdbc(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT client_id, COUNT(*) FROM conflict_case "
                    + "GROUP BY client_id ORDER BY COUNT(*) DESC LIMIT 1"); ResultSet rs = p.executeQuery()) {
                rs.next();
                return new long[] { rs.getLong(1), rs.getLong(2) };
            }
        });
        long ordinary = Measurements.count(store, "SELECT MIN(client_id) FROM conflict_case");
        report.add(Measurements.time(String.format(Locale.ROOT,
                "classify the client with the most cases (%d cases in all), every indicator with evidence", busiest[1]),
                () -> classifier.classify(busiest[0]).findings().size(),
                i -> classifier.classify(busiest[0]).findings().size()));
        report.add(Measurements.time("classify an ordinary client", () -> classifier.classify(ordinary).findings()
                .size(), i -> classifier.classify(ordinary).findings().size()));
        store.inTransaction(() -> {
            store.jdbc(c -> {
                try (PreparedStatement p = c.prepareStatement("DELETE FROM termination_confirmation");
                        PreparedStatement q = c.prepareStatement("DELETE FROM termination")) {
                    p.executeUpdate();
                    q.executeUpdate();
                }
                return null;
            });
            return null;
        });
        terminations.start(busiest[0], "benchmark");
        report.add(Measurements.time("termination checklist of that client (whole record)",
                () -> terminations.checklist(busiest[0]).size(), i -> terminations.checklist(busiest[0]).size()));
        terminations.override(busiest[0], "benchmark");
        report.add(Measurements.time("report of ended relationships (with evidence)",
                () -> terminations.terminated().size(), i -> terminations.terminated().size()));
        assertTrue(busiest[1] > 0);
        Measurements.report(String.join("\n", report) + "\n", true);
    }
}
