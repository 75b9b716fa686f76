package org.parley.app.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;

/**
 * Follows bundles installed, updated and uninstalled while the workbench runs, and says when one needs a
 * restart to show: a bundle's OSGi services (case pages, actions, channels, reports...) come and go by
 * themselves, but its e4 model fragment (menus, views) is read only at start-up. A bundle contributes one when
 * its {@code plugin.xml} extends {@code org.eclipse.e4.workbench.model} or it carries a {@code fragment.e4xmi}.
 */
public final class PluginChanges implements BundleListener {

    /** The extension point e4 model fragments are contributed to. */
    static final String MODEL_EXTENSION_POINT = "org.eclipse.e4.workbench.model";

    private final BundleContext context;
    private final Consumer<String> notice;
    /** Names of the bundles that contribute to the model, by bundle id: an uninstalled bundle can no longer be read. */
    private final Map<Long, String> contributing = new ConcurrentHashMap<>();

    /**
     * @param notice gets the sentence to show the user, on the framework's event thread
     */
    public PluginChanges(BundleContext context, Consumer<String> notice) {
        this.context = context;
        this.notice = notice;
    }

    /**
     * Follows the changes from now on, and notes in the background which bundles contribute to the model already
     * (reading every bundle's plugin.xml is no work for the workbench's start-up or its UI thread).
     */
    public void start() {
        context.addBundleListener(this);
        Job scan = Job.createSystem(Messages.plugins_scan, monitor -> {
            for (Bundle b : context.getBundles()) {
                if (contributesToModel(b)) {
                    contributing.putIfAbsent(b.getBundleId(), name(b));
                }
            }
        });
        scan.schedule();
    }

    public void stop() {
        context.removeBundleListener(this);
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        String message = noticeFor(event.getType(), event.getBundle());
        if (message != null) {
            notice.accept(message);
        }
    }

    /** The sentence for this change of {@code bundle}, or null when nothing needs a restart. */
    String noticeFor(int type, Bundle bundle) {
        long id = bundle.getBundleId();
        switch (type) {
        case BundleEvent.INSTALLED:
            if (contributesToModel(bundle)) {
                contributing.put(id, name(bundle));
                return NLS.bind(Messages.plugins_installed, name(bundle));
            }
            return null;
        case BundleEvent.UPDATED:
            boolean before = contributing.remove(id) != null;
            boolean now = contributesToModel(bundle);
            if (now) {
                contributing.put(id, name(bundle));
            }
            return before || now ? NLS.bind(Messages.plugins_updated, name(bundle)) : null;
        case BundleEvent.UNINSTALLED:
            String name = contributing.remove(id);
            return name == null ? null : NLS.bind(Messages.plugins_removed, name);
        default:
            return null;
        }
    }

    /** Whether {@code bundle} adds menus or views to the workbench through an e4 model fragment. */
    static boolean contributesToModel(Bundle bundle) {
        try {
            if (bundle.getEntry("fragment.e4xmi") != null) {
                return true;
            }
            URL pluginXml = bundle.getEntry("plugin.xml");
            if (pluginXml == null) {
                return false;
            }
            try (InputStream in = pluginXml.openStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(MODEL_EXTENSION_POINT);
            }
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    /** The bundle's name as its manifest gives it in the user's language, else its symbolic name. */
    static String name(Bundle bundle) {
        try {
            String name = bundle.getHeaders().get(Constants.BUNDLE_NAME);
            if (name != null && !name.isBlank() && !name.startsWith("%")) {
                return name;
            }
        } catch (IllegalStateException e) {
            // uninstalled meanwhile
        }
        return bundle.getSymbolicName() == null ? "#" + bundle.getBundleId() : bundle.getSymbolicName();
    }
}
