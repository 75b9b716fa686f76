package org.parley.ui.workbench;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.parley.core.model.Language;

/** A read-only choice among the languages Parley ships, named in the user's language; the user's own preselected. */
public final class LanguageCombo {

    private LanguageCombo() {
    }

    /** A read-only combo of Parley's languages in {@code parent}, the one of {@code locale} chosen. */
    public static Combo create(Composite parent, Locale locale) {
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        int preselect = 0;
        for (Language l : Language.values()) {
            combo.add(l.locale().getDisplayLanguage(locale) + " (" + l.code() + ")");
            if (l.code().equals(locale.getLanguage())) {
                preselect = l.ordinal();
            }
        }
        combo.select(preselect);
        return combo;
    }

    /** The code of the chosen language, e.g. {@code ro}; the first language when none is chosen. */
    public static String code(Combo combo) {
        return Language.values()[Math.max(0, combo.getSelectionIndex())].code();
    }

    /** Chooses the language with this code; an unknown code changes nothing. */
    public static void select(Combo combo, String code) {
        Language l = Language.ofCode(code);
        if (l != null) {
            combo.select(l.ordinal());
        }
    }
}
