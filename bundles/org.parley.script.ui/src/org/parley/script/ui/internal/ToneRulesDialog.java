package org.parley.script.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.parley.core.model.Language;
import org.parley.core.service.InvalidInputException;
import org.parley.script.ToneFlag;
import org.parley.script.ToneRules;
import org.parley.script.ui.ToneHints;
import org.parley.ui.workbench.StoreCall;

/**
 * The tone rules of one language as the department words them, one per line ({@code CATEGORY | pattern |
 * suggestion}). An admin saves them (a malformed line is named and nothing changes) or goes back to Parley's.
 */
public final class ToneRulesDialog extends TitleAreaDialog {

    static final int RESET_ID = IDialogConstants.CLIENT_ID + 1;

    private final ToneRules tone;
    private final boolean admin;
    Combo language;
    Text rules;
    Label state;
    StyledText sample;
    ToneHints hints;
    private int shownLanguage = -1;

    public ToneRulesDialog(Shell parent, ToneRules tone, boolean admin) {
        super(parent);
        this.tone = tone;
        this.admin = admin;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.toneEd_title);
    }

    @Override
    protected Point getInitialSize() {
        return new Point(1000, 680);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.toneEd_head);
        setMessage(admin ? Messages.toneEd_help : Messages.toneEd_readOnly);
        Composite top = new Composite(area, SWT.NONE);
        top.setLayout(new GridLayout(3, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(top, SWT.NONE).setText(Messages.toneEd_language);
        language = new Combo(top, SWT.READ_ONLY);
        for (Language l : Language.values()) {
            language.add(l.locale().getDisplayLanguage(Locale.getDefault()));
        }
        Language mine = Language.ofCode(Locale.getDefault().getLanguage());
        language.select(mine == null ? 0 : mine.ordinal());
        language.addListener(SWT.Selection, e -> load());
        state = new Label(top, SWT.NONE);
        state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        rules = new Text(area, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        rules.setFont(JFaceResources.getTextFont());
        rules.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        rules.setEditable(admin);

        Composite trial = new Composite(area, SWT.NONE);
        trial.setLayout(new GridLayout(2, false));
        trial.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(trial, SWT.NONE).setText(Messages.toneEd_try);
        sample = new StyledText(trial, SWT.BORDER | SWT.SINGLE);
        sample.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        sample.setToolTipText(Messages.toneEd_tryTip);
        // the sentence is checked with the rules as they stand in the editor, saved or not
        hints = new ToneHints(trial, 2, sample, () -> this::tryRules, this::chosen);
        rules.addListener(SWT.Modify, e -> rules.getDisplay().timerExec(300, hints::update));
        load();
        return area;
    }

    private List<ToneFlag> tryRules(String text, Language l) {
        try {
            List<ToneFlag> flags = tone.trial(rules.getText(), text, l);
            setErrorMessage(null);
            return flags;
        } catch (InvalidInputException e) {
            setErrorMessage(e.getMessage());
            return List.of();
        }
    }

    private Language chosen() {
        return Language.values()[language.getSelectionIndex()];
    }

    private void load() {
        if (shownLanguage >= 0 && admin && !rules.getText().equals(rules.getData()) && rules.getData() != null) {
            // switching language would lose the edit: keep the edited language on screen
            language.select(shownLanguage);
            setMessage(Messages.toneEd_unsaved, IMessageProvider.WARNING);
            return;
        }
        Language l = chosen();
        StoreCall.run(rules, Messages.toneEd_loading, () -> new Object[] { tone.text(l), tone.edited(l) }, r -> {
            rules.setText((String) r[0]);
            rules.setData(r[0]);
            shownLanguage = l.ordinal();
            state.setText((Boolean) r[1] ? Messages.toneEd_edited : Messages.toneEd_shipped);
            state.getParent().layout(true);
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (admin) {
            createButton(parent, RESET_ID, Messages.toneEd_reset, false);
            createButton(parent, IDialogConstants.OK_ID, Messages.toneEd_save, false);
        }
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.ed_close, !admin);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == RESET_ID) {
            Language l = chosen();
            StoreCall.run(rules, Messages.toneEd_saving, () -> {
                tone.reset(l);
                return l;
            }, done -> {
                rules.setData(null);
                shownLanguage = -1;
                setMessage(Messages.toneEd_wasReset, IMessageProvider.INFORMATION);
                load();
            }, e -> setMessage(e.getMessage(), IMessageProvider.ERROR));
            return;
        }
        super.buttonPressed(id);
    }

    @Override
    protected void okPressed() {
        Language l = chosen();
        String text = rules.getText();
        StoreCall.run(rules, Messages.toneEd_saving, () -> {
            tone.save(l, text);
            return text;
        }, saved -> {
            rules.setData(saved);
            state.setText(Messages.toneEd_edited);
            setMessage(Messages.toneEd_saved, IMessageProvider.INFORMATION);
        }, e -> setMessage(e.getMessage(), IMessageProvider.ERROR));
    }
}
