package org.parley.store.internal;

import java.net.URL;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.parley.core.extension.EntityContribution;
import org.parley.core.model.AuditEvent;
import org.parley.core.service.Clock;
import org.parley.core.service.ConcurrentChangeException;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.Session;
import org.parley.core.service.Store;

/**
 * The persistence unit assembled from every {@link EntityContribution}, and the transactions around it.
 * The unit (and the schema migrations) are built on first use and again after a contribution comes or goes,
 * so a bundle installed at run time adds its tables without a restart.
 */
@Component(service = { Store.class, JpaStore.class })
public class JpaStore implements Store {

    private static final String ACTOR_WITHOUT_SESSION = "system";

    private final List<EntityContribution> contributions = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    private volatile DatabaseSettings settings;
    private volatile Clock clock;
    private volatile Supplier<String> signedIn = () -> ACTOR_WITHOUT_SESSION;
    private volatile EventAdmin events;

    private EntityManagerFactory factory;
    private boolean contributionsChanged = true;

    /** For DS: the settings are resolved on first use, so a test or the CLI can set them before that. */
    public JpaStore() {
    }

    /** For a store outside DS, e.g. a second desktop in a test; add contributions before first use. */
    public JpaStore(DatabaseSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addContribution(EntityContribution contribution) {
        synchronized (this) {
            contributions.add(contribution);
            contributionsChanged = true;
        }
    }

    public void removeContribution(EntityContribution contribution) {
        synchronized (this) {
            contributions.remove(contribution);
            contributionsChanged = true;
        }
    }

    @Reference(policyOption = ReferencePolicyOption.GREEDY)
    void setClock(Clock clock) {
        this.clock = clock;
    }

    /**
     * The session is looked up when a change is audited, not bound as a reference: the session reads users
     * through this store, and a reference back would make a cycle that SCR cannot instantiate.
     */
    @Activate
    void activate(BundleContext context) {
        this.signedIn = () -> {
            ServiceReference<Session> ref = context.getServiceReference(Session.class);
            Session s = ref == null ? null : context.getService(ref);
            if (s == null) {
                return ACTOR_WITHOUT_SESSION;
            }
            try {
                return s.login();
            } finally {
                context.ungetService(ref);
            }
        };
    }

    /** For a store outside DS. */
    public void setSession(Session fixed) {
        this.signedIn = fixed::login;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setEvents(EventAdmin events) {
        this.events = events;
    }

    void unsetEvents(EventAdmin gone) {
        if (this.events == gone) {
            this.events = null;
        }
    }

    @Deactivate
    public synchronized void close() {
        if (factory != null && factory.isOpen()) {
            factory.close();
        }
        factory = null;
        contributionsChanged = true;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public String actor() {
        return signedIn.get();
    }

    public synchronized DatabaseSettings settings() {
        if (settings == null) {
            settings = DatabaseSettings.resolve();
        }
        return settings;
    }

    private synchronized EntityManagerFactory factory() {
        if (factory == null || contributionsChanged) {
            if (factory != null && factory.isOpen()) {
                factory.close();
            }
            List<EntityContribution> ordered = ordered();
            migrate(ordered);
            factory = createFactory(ordered);
            contributionsChanged = false;
        }
        return factory;
    }

    private List<EntityContribution> ordered() {
        List<EntityContribution> ordered = new ArrayList<>(contributions);
        ordered.sort(Comparator.comparingInt(EntityContribution::order).thenComparing(EntityContribution::id));
        if (ordered.stream().noneMatch(c -> CoreEntities.ID.equals(c.id()))) {
            throw new IllegalStateException(StoreText.get("store.coreMissing"));
        }
        return ordered;
    }

    private EntityManagerFactory createFactory(List<EntityContribution> ordered) {
        Set<String> classNames = new LinkedHashSet<>();
        Set<ClassLoader> loaders = new LinkedHashSet<>();
        for (EntityContribution c : ordered) {
            for (Class<?> type : c.entityClasses()) {
                classNames.add(type.getName());
                loaders.add(type.getClassLoader());
            }
        }
        ClassLoader loader = new ContributionClassLoader(new ArrayList<>(loaders));
        DatabaseSettings s = settings();
        Map<String, Object> p = new HashMap<>();
        p.put(PersistenceUnitProperties.JDBC_DRIVER, JdbcConnections.driverClassName(s));
        p.put(PersistenceUnitProperties.JDBC_URL, s.url());
        p.put(PersistenceUnitProperties.JDBC_USER, s.user());
        p.put(PersistenceUnitProperties.JDBC_PASSWORD, s.password());
        p.put(PersistenceUnitProperties.CLASSLOADER, loader);
        p.put(PersistenceUnitProperties.WEAVING, "false");
        p.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
        // several desktops share one PostgreSQL: never serve another desktop's stale rows from a cache
        p.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
        p.put(PersistenceUnitProperties.BATCH_WRITING, "JDBC");
        p.put(PersistenceUnitProperties.BATCH_WRITING_SIZE, "200");
        p.put(PersistenceUnitProperties.LOGGING_LEVEL, System.getProperty("parley.db.log", "WARNING"));
        p.put(PersistenceUnitProperties.LOGGING_LOGGER, "JavaLogger");
        // without weaving EclipseLink warns at every start that lazy to-one links load eagerly: known, by design
        p.put(PersistenceUnitProperties.CATEGORY_LOGGING_LEVEL_ + "metadata", "SEVERE");
        p.put(PersistenceUnitProperties.CONNECTION_POOL_MIN, "1");
        p.put(PersistenceUnitProperties.CONNECTION_POOL_MAX, "8");
        Bundle self = FrameworkUtil.getBundle(JpaStore.class);
        URL root = self == null ? null : self.getEntry("/");
        AssembledUnit unit = new AssembledUnit(new ArrayList<>(classNames), loader, root);
        return new org.eclipse.persistence.jpa.PersistenceProvider().createContainerEntityManagerFactory(unit, p);
    }

    @Override
    public synchronized void migrate() {
        migrate(ordered());
    }

    private void migrate(List<EntityContribution> ordered) {
        JdbcConnections jdbc = new JdbcConnections(settings());
        for (EntityContribution c : ordered) {
            flyway(c, jdbc).migrate();
        }
    }

    private Flyway flyway(EntityContribution c, JdbcConnections jdbc) {
        Bundle bundle = FrameworkUtil.getBundle(c.getClass());
        if (bundle == null) {
            throw new IllegalStateException(StoreText.get("store.contributionOutsideOsgi", c.id()));
        }
        BundleMigrations migrations = new BundleMigrations(bundle, c.migrationFolder());
        if (!migrations.exists()) {
            throw new IllegalStateException(
                    StoreText.get("store.migrationsMissing", c.id(), c.migrationFolder(), bundle.getSymbolicName()));
        }
        // each contribution keeps its own schema history, so bundles migrate independently of each other
        return Flyway.configure(Flyway.class.getClassLoader())
                .dataSource(jdbc)
                .table(historyTable(c.id()))
                .resourceProvider(migrations)
                .javaMigrationClassProvider(List::of)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    static String historyTable(String contributionId) {
        return "schema_history_" + contributionId.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    @Override
    public synchronized DatabaseInfo info() {
        DatabaseSettings s = settings();
        JdbcConnections jdbc = new JdbcConnections(s);
        String product;
        try (Connection c = jdbc.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException(StoreText.get("store.unreachable", s.displayUrl(), e.getMessage()), e);
        }
        List<SchemaState> schemas = new ArrayList<>();
        for (EntityContribution c : ordered()) {
            MigrationInfoService info = flyway(c, jdbc).info();
            MigrationInfo applied = info.current();
            schemas.add(new SchemaState(c.id(), applied == null || applied.getVersion() == null ? null
                    : applied.getVersion().getVersion(), info.pending().length));
        }
        return new DatabaseInfo(s.displayUrl(), product, s.user(), schemas);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        EntityManager em = factory().createEntityManager();
        Transaction tx = new Transaction(em);
        current.set(tx);
        try {
            em.getTransaction().begin();
            T result = work.get();
            em.getTransaction().commit();
            current.remove();
            tx.afterCommit.forEach(Runnable::run);
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw translate(e);
        } finally {
            current.remove();
            em.close();
        }
    }

    @Override
    public <T> T write(Function<EntityManager, T> work) {
        return inTransaction(() -> work.apply(current.get().em));
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        Transaction tx = current.get();
        if (tx != null) {
            return work.apply(tx.em);
        }
        EntityManager em = factory().createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    @Override
    public void audit(String action, String entityType, long entityId, String before, String after, String reason) {
        write(em -> {
            em.persist(new AuditEvent(clock.now(), actor(), action, entityType, entityId, before, after, reason));
            return null;
        });
    }

    @Override
    public <T> T jdbc(JdbcWork<T> work) {
        return write(em -> {
            try {
                return work.run(em.unwrap(Connection.class));
            } catch (SQLException e) {
                throw new PersistenceException(e.getMessage(), e);
            }
        });
    }

    @Override
    public void postAfterCommit(String topic, Map<String, Object> properties) {
        Runnable post = () -> {
            EventAdmin admin = events;
            if (admin != null) {
                Map<String, Object> p = new HashMap<>(properties);
                p.putIfAbsent("actor", actor());
                admin.postEvent(new Event(topic, p));
            }
        };
        Transaction tx = current.get();
        if (tx == null) {
            post.run();
        } else {
            tx.afterCommit.add(post);
        }
    }

    /** Refuses a change made on a stale copy: someone saved the record after it was read. */
    public static void checkVersion(String entityType, long id, long expected, long actual) {
        if (expected != actual) {
            throw new ConcurrentChangeException(entityType, id,
                    StoreText.get("store.staleVersion", StoreText.get("entity." + entityType), id), null);
        }
    }

    @Override
    public void expectVersion(String entityLabel, long id, long expected, long actual) {
        if (expected != actual) {
            throw new ConcurrentChangeException(entityLabel, id, StoreText.get("store.staleVersion", entityLabel, id),
                    null);
        }
    }

    private static RuntimeException translate(RuntimeException e) {
        if (e instanceof InvalidInputException || e instanceof ConcurrentChangeException) {
            return e;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                Object entity = t instanceof OptimisticLockException ole ? ole.getEntity()
                        : ((org.eclipse.persistence.exceptions.OptimisticLockException) t).getObject();
                String type = entity == null ? "record" : EntityNames.of(entity);
                long id = entity == null ? 0 : EntityNames.idOf(entity);
                return new ConcurrentChangeException(type, id,
                        StoreText.get("store.staleVersion", StoreText.get("entity." + type), id), e);
            }
        }
        return e;
    }

    private static final class Transaction {
        final EntityManager em;
        final List<Runnable> afterCommit = new ArrayList<>();

        Transaction(EntityManager em) {
            this.em = em;
        }
    }
}
