package org.parley.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.parley.core.extension.EntityContribution;
import org.parley.core.service.Clock;
import org.parley.core.service.Session;

/**
 * Real databases for the tests: a new H2 file database in a temporary folder, or a new schema on the
 * PostgreSQL server named by {@code -Dparley.test.pg.url} (the {@code ./test} script starts one). On CI a
 * missing PostgreSQL is a failure, not a skip.
 */
final class TestDatabases {

    static final String H2 = "h2";
    static final String POSTGRESQL = "postgresql";

    private TestDatabases() {
    }

    static Stream<String> kinds() {
        return Stream.of(H2, POSTGRESQL);
    }

    static DatabaseSettings fresh(String kind) throws Exception {
        return H2.equals(kind) ? h2() : postgres();
    }

    static DatabaseSettings h2() throws Exception {
        Path dir = Files.createTempDirectory("parley-h2-");
        return new DatabaseSettings("jdbc:h2:file:" + dir.resolve("parley"), "sa", "", "test");
    }

    static DatabaseSettings postgres() throws SQLException {
        String url = System.getProperty("parley.test.pg.url", "");
        if (url.isBlank()) {
            String why = "PostgreSQL tests need -Dparley.test.pg.url; run ./test, which starts a throwaway server";
            if (System.getenv("CI") != null) {
                Assertions.fail(why);
            }
            Assumptions.abort(why);
        }
        String user = System.getProperty("parley.test.pg.user", "parley");
        String password = System.getProperty("parley.test.pg.password", "parley");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        try (Connection c = new org.postgresql.Driver().connect(url, p); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return new DatabaseSettings(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password,
                "test");
    }

    /** One desktop's worth of services on a database, signed in as {@code login}. */
    static Desktop desktop(DatabaseSettings settings, String login, EntityContribution... extra) {
        return new Desktop(settings, login, extra);
    }

    static final class Desktop implements AutoCloseable {
        final MovableClock clock = new MovableClock();
        final JpaStore store;
        final JpaUserService users;
        final JpaClientService clients;
        final JpaCaseService cases;
        final JpaAuditService audit;
        final JpaCustomFields fields;

        Desktop(DatabaseSettings settings, String login, EntityContribution... extra) {
            store = new JpaStore(settings, clock);
            store.addContribution(new CoreEntities());
            for (EntityContribution c : extra) {
                store.addContribution(c);
            }
            store.setSession(new FixedSession(login));
            users = new JpaUserService(store);
            clients = new JpaClientService(store);
            cases = new JpaCaseService(store);
            audit = new JpaAuditService(store);
            fields = new JpaCustomFields(store, users);
        }

        @Override
        public void close() {
            store.close();
        }
    }

    static final class MovableClock implements Clock {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");

        @Override
        public Instant now() {
            return now;
        }
    }

    record FixedSession(String login) implements Session {
        @Override
        public void signIn(String other) {
            throw new UnsupportedOperationException();
        }
    }

    static int countRows(DatabaseSettings settings, String table) throws SQLException {
        try (Connection c = new JdbcConnections(settings).getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

}
