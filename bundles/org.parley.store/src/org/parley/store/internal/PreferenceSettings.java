package org.parley.store.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.Preferences;

/**
 * Database settings kept in the Eclipse preference service (set from the workbench's preference page).
 * Kept apart so the store still works where the preference service is absent.
 */
final class PreferenceSettings {

    static final String KEY_URL = "db.url";
    static final String KEY_USER = "db.user";
    static final String KEY_PASSWORD = "db.password";

    private PreferenceSettings() {
    }

    static DatabaseSettings read() {
        try {
            Preferences node = InstanceScope.INSTANCE.getNode(DatabaseSettings.PREFERENCE_NODE);
            String url = node.get(KEY_URL, null);
            if (url == null || url.isBlank()) {
                return null;
            }
            return new DatabaseSettings(url, node.get(KEY_USER, ""), node.get(KEY_PASSWORD, ""),
                    StoreText.get("settings.source.preferences"));
        } catch (NoClassDefFoundError | IllegalStateException e) {
            // no preference service or no instance location (a bare OSGi runtime): fall back to the default
            return null;
        }
    }
}
