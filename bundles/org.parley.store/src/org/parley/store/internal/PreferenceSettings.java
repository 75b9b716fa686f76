package org.parley.store.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.Preferences;
import org.parley.core.service.Store;

/**
 * Database settings kept in the Eclipse preference service (set from the workbench's preference page).
 * Kept apart so the store still works where the preference service is absent.
 */
final class PreferenceSettings {

    private PreferenceSettings() {
    }

    static DatabaseSettings read() {
        try {
            Preferences node = InstanceScope.INSTANCE.getNode(Store.PREFERENCE_NODE);
            String url = node.get(Store.PREFERENCE_URL, null);
            if (url == null || url.isBlank()) {
                return null;
            }
            return new DatabaseSettings(url, node.get(Store.PREFERENCE_USER, ""), node.get(Store.PREFERENCE_PASSWORD, ""),
                    StoreText.get("settings.source.preferences"));
        } catch (NoClassDefFoundError | IllegalStateException e) {
            // no preference service or no instance location (a bare OSGi runtime): fall back to the default
            return null;
        }
    }
}
