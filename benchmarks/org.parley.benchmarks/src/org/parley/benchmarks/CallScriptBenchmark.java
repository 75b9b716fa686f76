package org.parley.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.parley.core.model.CommitmentKind;
import org.parley.core.model.Language;
import org.parley.core.service.Store;
import org.parley.script.ScriptCall;
import org.parley.script.ScriptLibrary;
import org.parley.script.ScriptRunService;
import org.parley.script.StoredScript;

/**
 * A harness, not a test: on the database {@link NavigatorBenchmark} filled, records a scripted call on every
 * third case with SQL (runs and their steps, the promise step linked to the case's first commitment), then times
 * what the scripts do on screen: the coaching figures over a month and a year, the calls on a case, saving a call,
 * and reading the library. Results are appended to {@code target/benchmark-results.md}.
 */
class CallScriptBenchmark {

    /** Far above what the sequences hand out, so that the calls saved afterwards do not collide. */
    private static final long ID_BASE = 100_000_000_000L;
    private static final String[] STEPS = { "greet", "listen", "apologise", "ask", "kind", "defer", "thank" };

    @Test
    void scriptedCallsOnAThirdOfAMillionCases() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(CallScriptBenchmark.class).getBundleContext();
        Store store = Measurements.service(context, Store.class);
        ScriptLibrary library = Measurements.service(context, ScriptLibrary.class);
        ScriptRunService runs = Measurements.service(context, ScriptRunService.class);
        store.migrate();
        List<String> report = new ArrayList<>();
        report.add("");
        report.add("| scripts measurement | cold | warm median | warm max |");
        report.add("|---|---|---|---|");
        long t0 = System.nanoTime();
        StoredScript script = library.current("listening-call", Language.EN).orElseThrow();
        report.add(String.format(Locale.ROOT, "| library: shipped scripts copied in on first use (%d) | %.0f ms | | |",
                library.latest().size(), (System.nanoTime() - t0) / 1e6));
        if (Measurements.count(store, "SELECT COUNT(*) FROM script_run") == 0) {
            long t1 = System.nanoTime();
            store.inTransaction(() -> store.jdbc(c -> {
                try (Statement s = c.createStatement()) {
                    // one step skipped in every call; the promise kept in the case's first commitment, if it has one
                    s.executeUpdate("INSERT INTO script_run (id, case_id, script_id, agent_login, started_at, finished_at,"
                            + " completed, steps_skipped, steps_failed, promises) SELECT k.id + " + ID_BASE + ", k.id, "
                            + script.id() + ", CONCAT('agent', MOD(k.id, 50)), k.opened_at, k.opened_at, MOD(k.id, 5) <> 0,"
                            + " 1, 0, CASE WHEN EXISTS (SELECT 1 FROM commitment m WHERE m.case_id = k.id) THEN 1 ELSE 0 END"
                            + " FROM conflict_case k WHERE MOD(k.id, 3) = 0");
                    for (int i = 0; i < STEPS.length; i++) {
                        s.executeUpdate("INSERT INTO script_run_step (id, run_id, position, step_id, outcome, elapsed_seconds)"
                                + " SELECT r.id * 8 + " + i + ", r.id, " + (i + 1) + ", '" + STEPS[i] + "', CASE WHEN MOD(r.id, 7) = "
                                + i + " THEN 'SKIPPED' ELSE 'DONE' END, 30 FROM script_run r");
                    }
                    s.executeUpdate("UPDATE script_run_step SET commitment_id = (SELECT MIN(m.id) FROM commitment m"
                            + " JOIN script_run r ON r.case_id = m.case_id WHERE r.id = script_run_step.run_id)"
                            + " WHERE step_id = 'defer'");
                    s.executeUpdate("INSERT INTO script_promise (commitment_id, run_id, agent_login, script_id, started_at)"
                            + " SELECT s.commitment_id, r.id, r.agent_login, r.script_id, r.started_at FROM script_run r"
                            + " JOIN script_run_step s ON s.run_id = r.id WHERE s.commitment_id IS NOT NULL");
                }
                return null;
            }));
            report.add(String.format(Locale.ROOT, "| load: a call on every third case, 7 steps each (SQL, once) | %.1f s | | |",
                    (System.nanoTime() - t1) / 1e9));
        }
        long total = Measurements.count(store, "SELECT COUNT(*) FROM script_run");
        Instant newest = store.jdbc(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(started_at) FROM script_run")) {
                rs.next();
                return rs.getTimestamp(1).toInstant();
            }
        });
        Instant end = newest.plusSeconds(1);
        report.add(Measurements.time(String.format(Locale.ROOT, "coaching figures, the last 30 days (of %,d calls)", total),
                () -> runs.coaching(end.minus(Duration.ofDays(30)), end).size(),
                i -> runs.coaching(end.minus(Duration.ofDays(30 + i)), end).size()));
        report.add(Measurements.time("coaching figures, the last 365 days",
                () -> runs.coaching(end.minus(Duration.ofDays(365)), end).size(),
                i -> runs.coaching(end.minus(Duration.ofDays(365 + i)), end).size()));
        long withRun = store.jdbc(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(case_id) FROM script_run")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        report.add(Measurements.time("the calls on a case, every step (Call script tab)", () -> runs.runsOf(withRun).size(),
                i -> runs.runsOf(withRun - 3L * i).size()));
        long open = store.jdbc(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT MAX(id) FROM conflict_case WHERE status NOT IN"
                    + " ('RESOLVED', 'CLOSED')"); ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        report.add(Measurements.time("save a call of 7 steps with a promise (one transaction)",
                () -> save(runs, script, open), i -> save(runs, script, open)));
        report.add(Measurements.time("library: newest version of every script", () -> library.latest().size(),
                i -> library.latest().size()));
        assertTrue(total > 0);
        Measurements.report(String.join("\n", report) + "\n", true);
    }

    private static int save(ScriptRunService runs, StoredScript script, long caseId) {
        Instant now = Instant.now();
        ScriptCall call = new ScriptCall(script, caseId, Map.of("agent", "bench"), now);
        call.done(now, null, null, -1, null, null, null);
        call.done(now, "long story", null, -1, null, null, null);
        call.done(now, null, null, -1, null, null, null);
        call.done(now, null, "ordered on the 1st", -1, null, null, null);
        call.done(now, null, null, 0, null, null, null);
        call.done(now, null, null, -1, now.plus(Duration.ofHours(2)), CommitmentKind.CALL_BACK, null);
        call.done(now, null, null, -1, null, null, null);
        return runs.save(call.draft(now.plusSeconds(1))).steps().size();
    }

}
