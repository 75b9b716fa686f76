package org.parley.core.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

/**
 * The one persistence unit, for bundles that store entities of their own and for work that must be
 * all-or-nothing across several service calls (an import, for example).
 */
public interface Store {

    /**
     * The Eclipse preference node (instance scope) where a desktop keeps its database connection, read at
     * start-up after the system properties {@code parley.db.*} and a {@code parley-db.properties} file.
     */
    String PREFERENCE_NODE = "org.parley.store";
    String PREFERENCE_URL = "db.url";
    String PREFERENCE_USER = "db.user";
    String PREFERENCE_PASSWORD = "db.password";

    /** Whether Parley can use a database at this JDBC URL: embedded or file H2, or PostgreSQL. */
    static boolean isSupportedUrl(String url) {
        return url != null && (url.startsWith("jdbc:h2:") || url.startsWith("jdbc:postgresql:"));
    }

    /**
     * Runs {@code work} in one transaction. Service calls made inside join it: either everything is stored
     * or, when anything throws, nothing is.
     */
    <T> T inTransaction(Supplier<T> work);

    /** Runs {@code work} with the entity manager of the current transaction, starting one if none is active. */
    <T> T write(Function<EntityManager, T> work);

    /** Runs read-only {@code work} with an entity manager (the current transaction's, if any). */
    <T> T read(Function<EntityManager, T> work);

    /** Appends an audit entry in the current transaction (starting one if none is active). */
    void audit(String action, String entityType, long entityId, String before, String after, String reason);

    /** The login changes are audited under: the signed-in user, or {@code system} before anyone signed in. */
    String actor();

    /**
     * Posts an EventAdmin event once the current transaction has committed (at once when there is none), so
     * that listeners never see a change that was rolled back. {@code actor} is added when missing.
     */
    void postAfterCommit(String topic, java.util.Map<String, Object> properties);

    /**
     * Refuses a change made on a stale copy (someone saved the record after it was read) with a
     * {@link ConcurrentChangeException} naming the record in the user's language.
     *
     * @param entityLabel what the record is, in the user's language (e.g. "investigation")
     */
    void expectVersion(String entityLabel, long id, long expected, long actual);

    /** Raw JDBC in the current transaction, for bulk loads that would be slow through JPA. */
    <T> T jdbc(JdbcWork<T> work);

    /** Applies pending schema migrations of every contribution (done automatically on first use). */
    void migrate();

    /** What database this is and which migrations each contribution has applied. */
    DatabaseInfo info();

    /** Work on a JDBC connection that belongs to the current transaction; do not close or commit it. */
    @FunctionalInterface
    interface JdbcWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** The database in use and the schema state of each contribution. */
    record DatabaseInfo(String url, String product, String user, List<SchemaState> schemas) {
    }

    /** One contribution's schema: the version applied and how many migrations are still pending. */
    record SchemaState(String contribution, String appliedVersion, int pending) {
    }
}
