package org.parley.script.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.parley.core.model.Language;

/** Asks which language a script is translated into, among those it is not written in yet. */
final class LanguageChoice extends Dialog {

    private final String question;
    private final List<Language> offered;
    private Combo combo;
    private Language chosen;

    private LanguageChoice(Shell parent, String question, List<Language> offered) {
        super(parent);
        this.question = question;
        this.offered = offered;
    }

    static Language ask(Shell parent, String question, List<Language> offered) {
        LanguageChoice d = new LanguageChoice(parent, question, offered);
        return d.open() == OK ? d.chosen : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.lib_translateTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label l = new Label(area, SWT.WRAP);
        l.setText(question);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 360;
        l.setLayoutData(data);
        combo = new Combo(area, SWT.READ_ONLY);
        offered.forEach(x -> combo.add(x.locale().getDisplayLanguage(Locale.getDefault())));
        combo.select(0);
        return area;
    }

    @Override
    protected void okPressed() {
        chosen = offered.get(combo.getSelectionIndex());
        super.okPressed();
    }
}
