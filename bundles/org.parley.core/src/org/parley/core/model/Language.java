package org.parley.core.model;

import java.util.Locale;

/** The languages Parley ships texts and templates in; a client's language picks templates and scripts. */
public enum Language {
    EN, RU, RO, PL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** The language with this ISO 639-1 code (any case), or null when Parley does not ship it. */
    public static Language ofCode(String code) {
        if (code == null) {
            return null;
        }
        for (Language l : values()) {
            if (l.code().equalsIgnoreCase(code.trim())) {
                return l;
            }
        }
        return null;
    }
}
