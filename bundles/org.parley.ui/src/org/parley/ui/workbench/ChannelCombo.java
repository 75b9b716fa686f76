package org.parley.ui.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.parley.core.model.StandardChannel;
import org.parley.ui.api.CaseText;

/** A read-only choice of channel: the standard channels by their translated names, stored by code. */
public final class ChannelCombo {

    private final Combo combo;
    private final List<String> codes = new ArrayList<>();
    private final Locale locale;

    /** Creates the combo in {@code parent}, naming channels in {@code locale}; nothing is chosen yet. */
    public ChannelCombo(Composite parent, Locale locale) {
        this.locale = locale;
        combo = new Combo(parent, SWT.READ_ONLY);
        combo.setVisibleItemCount(StandardChannel.values().length);
        for (StandardChannel c : StandardChannel.values()) {
            codes.add(c.code());
            combo.add(CaseText.channel(c.code(), locale));
        }
    }

    /** The combo, to lay out in the parent. */
    public Combo control() {
        return combo;
    }

    /** The chosen channel's code, or null when none is chosen. */
    public String code() {
        int i = combo.getSelectionIndex();
        return i < 0 ? null : codes.get(i);
    }

    /** Chooses the channel with this code; a channel a plug-in contributed is added to the choice. */
    public void select(String code) {
        int i = codes.indexOf(code);
        if (i < 0) {
            codes.add(code);
            combo.add(CaseText.channel(code, locale));
            i = codes.size() - 1;
        }
        combo.select(i);
    }
}
