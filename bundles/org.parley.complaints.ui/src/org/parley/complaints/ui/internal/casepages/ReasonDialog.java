package org.parley.complaints.ui.internal.casepages;

import java.time.Instant;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.parley.ui.workbench.MomentField;


/**
 * Asks for what a step on a case needs: a reason (always, multi-line), optionally a choice (whom to give the case
 * to) and a number (within how many business hours). OK stays disabled until the reason is written.
 */
class ReasonDialog extends TitleAreaDialog {

    private final String title;
    private final String message;
    private final String choiceLabel;
    private final List<String> choices;
    private final String numberLabel;
    private final String reasonLabel;
    private Text reason;
    private Combo choice;
    private Spinner number;
    private String reasonValue;
    private int choiceValue = -1;
    private int numberValue;
    private String momentLabel;
    private Button byNumber;
    private Button byMoment;
    private MomentField moment;
    private Instant momentValue;

    ReasonDialog(Shell parent, String title, String message, String reasonLabel, String choiceLabel, List<String> choices,
            String numberLabel) {
        super(parent);
        this.title = title;
        this.message = message;
        this.reasonLabel = reasonLabel;
        this.choiceLabel = choiceLabel;
        this.choices = choices;
        this.numberLabel = numberLabel;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Point getInitialSize() {
        Point p = super.getInitialSize();
        return new Point(Math.max(560, p.x), Math.max(380, p.y));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(message);
        Composite form = new Composite(area, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 12;
        layout.marginHeight = 10;
        form.setLayout(layout);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        if (choiceLabel != null) {
            new Label(form, SWT.NONE).setText(choiceLabel);
            choice = new Combo(form, SWT.READ_ONLY);
            choices.forEach(choice::add);
            choice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            if (!choices.isEmpty()) {
                choice.select(0);
            }
        }
        if (numberLabel != null && momentLabel != null) {
            // a promise is either "within N working hours" or an exact moment the client agreed to
            byNumber = new Button(form, SWT.RADIO);
            byNumber.setText(numberLabel);
            byNumber.setSelection(true);
            number = new Spinner(form, SWT.BORDER);
            number.setValues(2, 1, 200, 0, 1, 8);
            byMoment = new Button(form, SWT.RADIO);
            byMoment.setText(momentLabel);
            moment = new MomentField(form);
            moment.set(Instant.now().plusSeconds(3600));
            Runnable choose = () -> {
                number.setEnabled(byNumber.getSelection());
                moment.dateControl().setEnabled(byMoment.getSelection());
                moment.timeControl().setEnabled(byMoment.getSelection());
            };
            byNumber.addListener(SWT.Selection, e -> choose.run());
            byMoment.addListener(SWT.Selection, e -> choose.run());
            choose.run();
        } else if (numberLabel != null) {
            new Label(form, SWT.NONE).setText(numberLabel);
            number = new Spinner(form, SWT.BORDER);
            number.setValues(2, 1, 200, 0, 1, 8);
        }
        Label label = new Label(form, SWT.NONE);
        label.setText(reasonLabel);
        label.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        reason = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = reason.getLineHeight() * 4;
        reason.setLayoutData(data);
        reason.addModifyListener(e -> getButton(IDialogConstants.OK_ID).setEnabled(!reason.getText().isBlank()));
        reason.addTraverseListener(e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            }
        });
        reason.setFocus();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
    }

    @Override
    protected void okPressed() {
        reasonValue = reason.getText();
        choiceValue = choice == null ? -1 : choice.getSelectionIndex();
        numberValue = number == null ? 0 : number.getSelection();
        momentValue = byMoment != null && byMoment.getSelection() ? moment.value() : null;
        super.okPressed();
    }

    /** Offers an exact date and time as the alternative to the number of working hours. */
    ReasonDialog offerMoment(String label) {
        this.momentLabel = label;
        return this;
    }

    /** The exact moment chosen instead of a number of working hours, or null. */
    Instant moment() {
        return momentValue;
    }

    String reason() {
        return reasonValue;
    }

    int choice() {
        return choiceValue;
    }

    int number() {
        return numberValue;
    }

    Text reasonField() {
        return reason;
    }
}
