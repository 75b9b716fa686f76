package org.parley.core.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The core bundle's user-facing texts, read from OSGI-INF/l10n/bundle*.properties in the default locale. */
public final class CoreText {

    private CoreText() {
    }

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle("OSGI-INF.l10n.bundle", Locale.getDefault(), CoreText.class.getClassLoader())
                    .getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }
}
