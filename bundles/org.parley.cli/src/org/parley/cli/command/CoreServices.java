package org.parley.cli.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.parley.cli.internal.CliText;
import org.parley.core.service.CaseService;
import org.parley.core.service.ClientService;
import org.parley.core.service.Clock;
import org.parley.core.service.Session;
import org.parley.core.service.Store;
import org.parley.core.service.UserService;

/**
 * The core services the commands use, looked up in the service registry only when a command first needs
 * them, so that {@code help} works without a database. Declarative Services may still be starting the store
 * when the application starts, hence the wait.
 */
public final class CoreServices implements AutoCloseable {

    /** Seconds to wait for a service; {@code -Dparley.cli.timeout=N} changes it. */
    private static final long TIMEOUT_SECONDS = Long.getLong("parley.cli.timeout", 60);

    private final BundleContext context;
    private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new HashMap<>();
    private final List<ServiceTracker<?, ?>> opened = new ArrayList<>();
    private final List<ServiceReference<?>> held = new ArrayList<>();

    public CoreServices(BundleContext context) {
        this.context = context;
    }

    public Store store() {
        return get(Store.class);
    }

    public Session session() {
        return get(Session.class);
    }

    public Clock clock() {
        return get(Clock.class);
    }

    public CaseService cases() {
        return get(CaseService.class);
    }

    public ClientService clients() {
        return get(ClientService.class);
    }

    public UserService users() {
        return get(UserService.class);
    }

    /**
     * The service of this type, waiting for Declarative Services to start it (a command of a capability
     * bundle finds that capability's services this way).
     *
     * @throws CommandFailure when it does not come within the timeout
     */
    public synchronized <T> T get(Class<T> type) {
        if (context == null) {
            throw new CommandFailure(CliText.bind(CliText.service_missing, type.getSimpleName(), 0));
        }
        @SuppressWarnings("unchecked")
        ServiceTracker<T, T> tracker = (ServiceTracker<T, T>) trackers.computeIfAbsent(type, t -> {
            ServiceTracker<T, T> st = new ServiceTracker<>(context, type, null);
            st.open();
            opened.add(st);
            return st;
        });
        try {
            T service = tracker.waitForService(TIMEOUT_SECONDS * 1000);
            if (service == null) {
                throw new CommandFailure(CliText.bind(CliText.service_missing, type.getSimpleName(), TIMEOUT_SECONDS));
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(CliText.bind(CliText.service_missing, type.getSimpleName(), TIMEOUT_SECONDS));
        }
    }

    /** Every service of this type registered now, without waiting. */
    public synchronized <T> List<T> all(Class<T> type) {
        if (context == null) {
            return List.of();
        }
        try {
            List<T> found = new ArrayList<>();
            for (ServiceReference<T> ref : context.getServiceReferences(type, null)) {
                T service = context.getService(ref);
                if (service != null) {
                    found.add(service);
                    held.add(ref);
                }
            }
            return found;
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        held.forEach(ref -> context.ungetService(ref));
        held.clear();
        opened.forEach(ServiceTracker::close);
        opened.clear();
        trackers.clear();
    }
}
