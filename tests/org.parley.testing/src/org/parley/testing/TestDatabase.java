package org.parley.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;

import org.parley.core.extension.EntityContribution;
import org.parley.core.service.Clock;
import org.parley.store.standalone.StandaloneStore;

/**
 * A real, empty database for one test: a new H2 file database in a temporary folder, or a new schema on the
 * PostgreSQL server named by {@code -Dparley.test.pg.url} (the {@code ./test} script starts one). Without that
 * property PostgreSQL tests are skipped on a developer's machine and fail on CI (environment variable CI).
 */
public record TestDatabase(String kind, String url, String user, String password) {

    public static final String H2 = "h2";
    public static final String POSTGRESQL = "postgresql";

    /** Both kinds, for {@code @ParameterizedTest @MethodSource}. */
    public static List<String> kinds() {
        return List.of(H2, POSTGRESQL);
    }

    public static TestDatabase fresh(String kind) {
        return H2.equals(kind) ? h2() : postgres();
    }

    public static TestDatabase h2() {
        try {
            Path dir = Files.createTempDirectory("parley-h2-");
            return new TestDatabase(H2, "jdbc:h2:file:" + dir.resolve("parley"), "sa", "");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static TestDatabase postgres() {
        String url = System.getProperty("parley.test.pg.url", "");
        if (url.isBlank()) {
            String why = "PostgreSQL tests need -Dparley.test.pg.url; run ./test, which starts a throwaway server";
            if (System.getenv("CI") != null) {
                throw new AssertionError(why);
            }
            throw new org.opentest4j.TestAbortedException(why);
        }
        String user = System.getProperty("parley.test.pg.user", "parley");
        String password = System.getProperty("parley.test.pg.password", "parley");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        try (Connection c = new org.postgresql.Driver().connect(url, p); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test schema on " + url + ": " + e.getMessage(), e);
        }
        return new TestDatabase(POSTGRESQL, url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user,
                password);
    }

    /** The store and core services on this database, auditing under {@code login}. */
    public StandaloneStore open(Clock clock, Supplier<String> login, EntityContribution... contributions) {
        return StandaloneStore.on(url, user, password, clock, login, contributions);
    }
}
