package org.parley.ui.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The OSGi services of one kind that are registered right now, for a view that shows one widget per service
 * (editor tabs, action buttons). Services come and go while the view is open; each change is handed to the
 * UI thread as the new, ordered list.
 *
 * @param <S> the service interface
 */
public final class ServiceList<S> {

    private final ServiceTracker<S, S> tracker;
    private final Comparator<S> order;

    private ServiceList(ServiceTracker<S, S> tracker, Comparator<S> order) {
        this.tracker = tracker;
        this.order = order;
    }

    /**
     * Starts tracking services of {@code type}, seen from the bundle of {@code anchor} (pass a class of your own
     * bundle, which must be active: {@code Bundle-ActivationPolicy: lazy} does that); {@code changed} runs on
     * the UI thread of {@code owner} after every change, unless {@code owner} was disposed. Outside OSGi, or for
     * a bundle that is not active, the list stays empty.
     */
    public static <S> ServiceList<S> track(Class<?> anchor, Class<S> type, Control owner, Comparator<S> order,
            Consumer<List<S>> changed) {
        Bundle bundle = FrameworkUtil.getBundle(anchor);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return new ServiceList<>(null, order);
        }
        Display display = owner.getDisplay();
        ServiceList<S>[] self = new ServiceList[1];
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null) {
            @Override
            public S addingService(ServiceReference<S> reference) {
                S service = super.addingService(reference);
                announce();
                return service;
            }

            @Override
            public void removedService(ServiceReference<S> reference, S service) {
                super.removedService(reference, service);
                announce();
            }

            private void announce() {
                if (!display.isDisposed()) {
                    display.asyncExec(() -> {
                        if (!owner.isDisposed() && self[0] != null) {
                            changed.accept(self[0].current());
                        }
                    });
                }
            }
        };
        self[0] = new ServiceList<>(tracker, order);
        tracker.open();
        return self[0];
    }

    /** The services registered now, in order. */
    public List<S> current() {
        List<S> list = new ArrayList<>();
        if (tracker != null) {
            Object[] services = tracker.getServices();
            if (services != null) {
                for (Object s : services) {
                    @SuppressWarnings("unchecked")
                    S typed = (S) s;
                    list.add(typed);
                }
            }
        }
        list.sort(order);
        return list;
    }

    /** Stops tracking; the services are released. */
    public void close() {
        if (tracker != null) {
            tracker.close();
        }
    }
}
