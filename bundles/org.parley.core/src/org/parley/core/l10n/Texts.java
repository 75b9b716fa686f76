package org.parley.core.l10n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A bundle's user-facing texts, read from its {@code OSGI-INF/l10n/bundle*.properties} (the same files that
 * localise its manifest and model) in the default locale. For code without an Equinox dependency; UI code
 * may use {@code org.eclipse.osgi.util.NLS} on the same files instead.
 */
public final class Texts {

    private final ClassLoader loader;

    /** Texts of the bundle that loaded {@code anchor}. */
    public Texts(Class<?> anchor) {
        this.loader = anchor.getClassLoader();
    }

    /** The text for {@code key} with {@code args} filled in (MessageFormat); the key itself if missing. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle("OSGI-INF.l10n.bundle", Locale.getDefault(), loader).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }
}
