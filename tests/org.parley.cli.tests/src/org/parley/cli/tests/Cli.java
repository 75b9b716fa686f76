package org.parley.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.parley.cli.ParleyCommandLine;
import org.parley.core.service.Store;

/**
 * Runs parley-cli commands in-process against a real H2 database in a temporary folder, set through the
 * store's documented system property before the store first connects.
 */
final class Cli {

    static {
        try {
            if (System.getProperty("parley.db.url") == null) {
                Path dir = Files.createTempDirectory("parley-cli-test-");
                System.setProperty("parley.db.url", "jdbc:h2:file:" + dir.resolve("parley"));
                System.setProperty("parley.db.user", "sa");
                System.setProperty("parley.db.password", "");
            }
            System.setProperty("parley.user", "tester");
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    record Result(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Cli() {
    }

    static BundleContext context() {
        return FrameworkUtil.getBundle(Cli.class).getBundleContext();
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = new ParleyCommandLine(context(), o, e, false).run(args);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs a command that must succeed. */
    static Result ok(String... args) {
        Result r = run(args);
        Assertions.assertEquals(0, r.exit(), () -> String.join(" ", args) + " failed:\n" + r.out() + r.err());
        return r;
    }

    /**
     * Makes the command line's own user an admin (creating it when an earlier test emptied the users) and returns
     * its login, so that a test can sign back in as it.
     */
    static String admin() {
        org.parley.core.service.UserService users = service(org.parley.core.service.UserService.class);
        String admin = service(org.parley.core.service.Session.class).login();
        var me = users.find(admin);
        if (me.isEmpty()) {
            users.create(new org.parley.core.service.UserDraft(admin, "Test Admin", org.parley.core.model.Role.ADMIN, 3,
                    false));
        } else if (me.get().getRole() != org.parley.core.model.Role.ADMIN) {
            users.update(admin, me.get().getVersion(), new org.parley.core.service.UserDraft(admin,
                    me.get().getDisplayName(), org.parley.core.model.Role.ADMIN, me.get().getLevel(),
                    me.get().isTrainedForConflicts(), me.get().getTeam()));
        }
        return admin;
    }

    static <T> T service(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
        tracker.open();
        try {
            T s = tracker.waitForService(30_000);
            Assertions.assertNotNull(s, type.getSimpleName() + " did not start");
            return s;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** The complaint log's tables that refer to cases, emptied before the core tables they point at. */
    private static final List<String> COMPLAINT_LOG_TABLES = List.of("termination_confirmation", "termination",
            "client_expectations", "gesture", "gesture_budget",
            "script_promise", "script_run_step", "script_run",
            "case_resolution", "case_lesson",
            "investigation_staff", "investigation_evidence", "investigation", "case_transfer", "case_pause",
            "case_deadline", "complaint");

    /**
     * Empties the core tables (users too, if asked), so the next step starts from an empty database. The complaint
     * log follows case events in the background and may still be adding a deadline for a case of the previous
     * step: then the wipe is tried again.
     */
    static void wipe(boolean users) {
        for (int attempt = 1;; attempt++) {
            try {
                wipeOnce(users);
                return;
            } catch (RuntimeException e) {
                if (attempt == 5) {
                    throw e;
                }
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static void wipeOnce(boolean users) {
        Store store = service(Store.class);
        store.inTransaction(() -> store.jdbc(c -> {
            try (Statement s = c.createStatement()) {
                for (String table : COMPLAINT_LOG_TABLES) {
                    try (ResultSet t = c.getMetaData().getTables(null, null, table.toUpperCase(java.util.Locale.ROOT),
                            null)) {
                        if (t.next()) {
                            s.executeUpdate("DELETE FROM " + table);
                        }
                    }
                }
                for (String table : List.of("custom_field_value", "commitment", "interaction", "conflict_case",
                        "client_contact", "client",
                        "audit_event")) {
                    s.executeUpdate("DELETE FROM " + table);
                }
                if (users) {
                    s.executeUpdate("DELETE FROM parley_user");
                }
            }
            return null;
        }));
    }

    static long count(String sql) {
        Store store = service(Store.class);
        return store.inTransaction(() -> store.jdbc(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }

    static List<String> strings(String sql) {
        Store store = service(Store.class);
        return store.inTransaction(() -> store.jdbc(c -> {
            List<String> values = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }));
    }
}
