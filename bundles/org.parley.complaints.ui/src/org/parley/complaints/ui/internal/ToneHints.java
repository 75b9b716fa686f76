package org.parley.complaints.ui.internal;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.parley.core.model.Language;
import org.parley.script.ToneCategory;
import org.parley.script.ToneCheck;
import org.parley.script.ToneFlag;

/**
 * Shows, under a message to the client and as it is typed, the phrases the tone check flags (excuses, blame,
 * argument, aggression) with what to write instead. The check is pure computation, fast enough for every
 * keystroke, so it runs on the UI thread after a short pause in typing.
 */
public final class ToneHints {

    private static final int PAUSE_MS = 150;

    private final Text message;
    private final Label hints;
    private final Supplier<ToneCheck> check;
    private final Supplier<Language> language;
    private final Runnable update = this::update;
    private List<ToneFlag> flags = List.of();

    /** Adds the hints under {@code message}, spanning {@code columns} of its grid. */
    public ToneHints(Composite parent, int columns, Text message, Supplier<ToneCheck> check, Supplier<Language> language) {
        this.message = message;
        this.check = check;
        this.language = language;
        hints = new Label(parent, SWT.WRAP);
        hints.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1);
        data.widthHint = 400;
        hints.setLayoutData(data);
        message.addModifyListener(e -> message.getDisplay().timerExec(PAUSE_MS, update));
    }

    /** Checks the message now (also called after the text was set by the program). */
    public void update() {
        if (message.isDisposed() || hints.isDisposed()) {
            return;
        }
        ToneCheck tone = check.get();
        flags = tone == null ? List.of() : tone.check(message.getText(), language.get());
        StringBuilder text = new StringBuilder();
        for (ToneFlag f : flags) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(NLS.bind(Messages.tone_flag, new Object[] { f.phrase(), category(f.category()), f.suggestion() }));
        }
        hints.setText(text.toString());
        hints.setToolTipText(flags.isEmpty() ? null : Messages.tone_tip);
        hints.getParent().layout(true, true);
    }

    /** The phrases flagged in the message as it stands: for tests. */
    public List<ToneFlag> flags() {
        return flags;
    }

    private static String category(ToneCategory c) {
        return switch (c) {
            case EXCUSE -> Messages.tone_excuse;
            case BLAME -> Messages.tone_blame;
            case ARGUMENT -> Messages.tone_argument;
            case AGGRESSION -> Messages.tone_aggression;
        };
    }
}
