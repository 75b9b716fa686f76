package org.parley.store.standalone;

import java.util.function.Supplier;

import org.parley.core.extension.EntityContribution;
import org.parley.core.service.AuditService;
import org.parley.core.service.CaseService;
import org.parley.core.service.ClientService;
import org.parley.core.service.Clock;
import org.parley.core.service.Session;
import org.parley.core.service.Store;
import org.parley.core.service.UserService;
import org.parley.store.internal.CoreEntities;
import org.parley.store.internal.DatabaseSettings;
import org.parley.store.internal.JpaAuditService;
import org.parley.store.internal.JpaCaseService;
import org.parley.store.internal.JpaClientService;
import org.parley.store.internal.JpaStore;
import org.parley.store.internal.JpaUserService;

/**
 * The store and the core services on a database of your choice, outside Declarative Services: for tests of a
 * capability or a plug-in (each test its own database, clock and signed-in user), and for tools that work on
 * a database without the workbench. In the product, use the DS services instead.
 *
 * <pre>
 * try (StandaloneStore s = StandaloneStore.on(url, user, password, clock, () -&gt; "anna", new MyEntities())) {
 *     s.cases().open(...);
 * }
 * </pre>
 */
public final class StandaloneStore implements AutoCloseable {

    private final JpaStore store;
    private final UserService users;
    private final ClientService clients;
    private final CaseService cases;
    private final AuditService audit;

    private StandaloneStore(JpaStore store) {
        this.store = store;
        this.users = new JpaUserService(store);
        this.clients = new JpaClientService(store);
        this.cases = new JpaCaseService(store);
        this.audit = new JpaAuditService(store);
    }

    /**
     * Opens the store on a JDBC URL (H2 or PostgreSQL); the core schema and every contribution's migrations are
     * applied on first use. Changes are audited under {@code login.get()}, read at each change.
     */
    public static StandaloneStore on(String url, String user, String password, Clock clock, Supplier<String> login,
            EntityContribution... contributions) {
        if (!Store.isSupportedUrl(url)) {
            throw new IllegalArgumentException("Not an H2 or PostgreSQL JDBC URL: " + url);
        }
        JpaStore store = new JpaStore(new DatabaseSettings(url, user, password, "standalone"), clock);
        store.addContribution(new CoreEntities());
        for (EntityContribution c : contributions) {
            store.addContribution(c);
        }
        store.setSession(new Session() {
            @Override
            public String login() {
                return login.get();
            }

            @Override
            public void signIn(String other) {
                throw new UnsupportedOperationException("A standalone store's user is given by its supplier");
            }
        });
        return new StandaloneStore(store);
    }

    public Store store() { return store; }
    public UserService users() { return users; }
    public ClientService clients() { return clients; }
    public CaseService cases() { return cases; }
    public AuditService audit() { return audit; }

    /** Closes the connections; the database stays. */
    @Override
    public void close() {
        store.close();
    }
}
