package org.parley.benchmarks;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.parley.core.service.Store;

/** What every benchmark of the harness does: wait for a service, time a query cold and warm, write the report. */
final class Measurements {

    private Measurements() {
    }

    /**
     * A table row: {@code cold} once, then {@code warm} five times with arguments 1..5 (neighbouring offsets, so
     * a database's result cache does not answer), as cold, warm median and warm max in milliseconds.
     */
    static String time(String what, IntSupplier cold, IntUnaryOperator warm) {
        return time(what, cold, warm, () -> {
        });
    }

    /**
     * As {@link #time(String, IntSupplier, IntUnaryOperator)}, running {@code beforeEach} (untimed) before each
     * warm run: a write to a table the query reads makes H2 evaluate it again instead of answering from the
     * result it kept for the same statement.
     */
    static String time(String what, IntSupplier cold, IntUnaryOperator warm, Runnable beforeEach) {
        long c0 = System.nanoTime();
        cold.getAsInt();
        double coldMs = (System.nanoTime() - c0) / 1e6;
        double[] runs = new double[5];
        for (int i = 0; i < runs.length; i++) {
            beforeEach.run();
            long t = System.nanoTime();
            warm.applyAsInt(i + 1);
            runs[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(runs);
        return String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms |", what, coldMs, runs[2], runs[4]);
    }

    static long count(Store store, String sql) {
        return store.jdbc(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    static <T> T service(BundleContext context, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T s = tracker.waitForService(60_000);
        assertNotNull(s, type.getName());
        return s;
    }

    /** Prints {@code result} and writes it to {@code target/benchmark-results.md}, after what is there or instead. */
    static void report(String result, boolean append) throws IOException {
        System.out.println(result);
        Path target = Paths.get(System.getProperty("parley.repo", "."), "benchmarks", "org.parley.benchmarks", "target",
                "benchmark-results.md");
        Files.createDirectories(target.getParent());
        if (append) {
            Files.writeString(target, result, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } else {
            Files.writeString(target, result);
        }
    }
}
