package org.parley.script.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.parley.core.model.Language;
import org.parley.script.ToneCategory;
import org.parley.script.ToneCheck;
import org.parley.script.ToneFlag;
import org.parley.script.ui.internal.Messages;

/**
 * The tone check under a message to the client, as it is typed: each flagged phrase (excuse, blame, argument,
 * aggression) is underlined in the message itself when it is a {@link StyledText}, and listed under it with what
 * to write instead. The check is pure computation, fast enough for every keystroke, so it runs on the UI thread
 * after a short pause in typing. Any bundle's message field can use it.
 */
public final class ToneHints {

    private static final int PAUSE_MS = 150;

    private final Control message;
    private final Label hints;
    private final Supplier<ToneCheck> check;
    private final Supplier<Language> language;
    private final Runnable update = this::update;
    private List<ToneFlag> flags = List.of();

    /**
     * Adds the hints under {@code message} (a {@link Text} or a {@link StyledText}), spanning {@code columns} of
     * its grid.
     */
    public ToneHints(Composite parent, int columns, Control message, Supplier<ToneCheck> check,
            Supplier<Language> language) {
        if (!(message instanceof Text) && !(message instanceof StyledText)) {
            throw new IllegalArgumentException("The tone check reads a Text or a StyledText");
        }
        this.message = message;
        this.check = check;
        this.language = language;
        hints = new Label(parent, SWT.WRAP);
        hints.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1);
        data.widthHint = 400;
        hints.setLayoutData(data);
        message.addListener(SWT.Modify, e -> message.getDisplay().timerExec(PAUSE_MS, update));
    }

    /** Checks the message now (also called after the text was set by the program or the language changed). */
    public void update() {
        if (message.isDisposed() || hints.isDisposed()) {
            return;
        }
        ToneCheck tone = check.get();
        String text = message instanceof StyledText s ? s.getText() : ((Text) message).getText();
        flags = tone == null ? List.of() : tone.check(text, language.get());
        StringBuilder lines = new StringBuilder();
        for (ToneFlag f : flags) {
            if (lines.length() > 0) {
                lines.append('\n');
            }
            lines.append(NLS.bind(Messages.tone_flag, new Object[] { f.phrase(), category(f.category()), f.suggestion() }));
        }
        hints.setText(lines.toString());
        hints.setToolTipText(flags.isEmpty() ? null : Messages.tone_tip);
        if (message instanceof StyledText s) {
            underline(s);
        }
        hints.getParent().layout(true, true);
    }

    private void underline(StyledText s) {
        List<StyleRange> ranges = new ArrayList<>();
        for (ToneFlag f : flags) {
            if (f.end() > s.getCharCount()) {
                continue;
            }
            StyleRange r = new StyleRange();
            r.start = f.start();
            r.length = f.end() - f.start();
            r.underline = true;
            r.underlineStyle = SWT.UNDERLINE_SQUIGGLE;
            r.underlineColor = s.getDisplay().getSystemColor(SWT.COLOR_RED);
            ranges.add(r);
        }
        s.setStyleRanges(ranges.toArray(StyleRange[]::new));
    }

    /** The phrases flagged in the message as it stands. */
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
