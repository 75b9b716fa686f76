package org.parley.ui.workbench;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.parley.core.service.ConcurrentChangeException;
import org.parley.core.service.InvalidInputException;
import org.parley.ui.internal.Messages;

/**
 * A dialog that enters one new record. Pressing OK turns the fields into a draft (the draft checks the input),
 * then stores it in a job. Any refusal is shown above the fields with the offending field marked, and the
 * dialog stays open with everything the user typed; only a stored record closes it.
 *
 * @param <T> what storing returns, e.g. the new case
 */
public abstract class DraftDialog<T> extends TitleAreaDialog {

    private final Map<String, Control> fields = new HashMap<>();
    private final Map<Control, Label> labels = new HashMap<>();
    private Control marked;
    private T result;
    private boolean saving;
    private Consumer<T> onStored = stored -> {
    };

    /** A resizable dialog over {@code parent}. */
    protected DraftDialog(Shell parent) {
        super(parent);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The dialog's title, shown in the window title and above the fields. */
    protected abstract String title();

    /** One sentence saying what the dialog is for. */
    protected abstract String description();

    /** Creates the input fields in {@code parent}, which has a two-column grid: labels and fields. */
    protected abstract void createFields(Composite parent);

    /**
     * Reads the fields into drafts (throwing {@link InvalidInputException} for bad input) and returns the
     * storing to run in the background. Called on the UI thread; must not touch the database itself.
     */
    protected abstract Supplier<T> submission();

    /** Initial size of the dialog. */
    protected Point preferredSize() {
        return new Point(620, 560);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title());
    }

    @Override
    protected Point getInitialSize() {
        Point wanted = preferredSize();
        Point computed = super.getInitialSize();
        return new Point(Math.max(wanted.x, computed.x), Math.max(wanted.y, computed.y));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title());
        setMessage(description());
        Composite form = new Composite(area, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 12;
        layout.marginHeight = 10;
        layout.verticalSpacing = 8;
        form.setLayout(layout);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        createFields(form);
        return area;
    }

    /** Adds a label in the first column; the caller adds the field in the second and registers it. */
    public Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        return label;
    }

    /** Like {@link #label} but aligned to the top, for multi-line fields. */
    public Label topLabel(Composite parent, String text) {
        Label label = label(parent, text);
        label.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        return label;
    }

    /** Remembers which control and label show the input named {@code field} in {@link InvalidInputException}s. */
    public <C extends Control> C field(String field, Label label, C control) {
        fields.put(field, control);
        if (label != null) {
            labels.put(control, label);
        }
        return control;
    }

    @Override
    protected void okPressed() {
        if (saving) {
            return;
        }
        clearMark();
        Supplier<T> work;
        try {
            work = submission();
        } catch (InvalidInputException e) {
            refuse(e);
            return;
        }
        setSaving(true);
        StoreCall.run(getShell(), NLS.bind(Messages.job_save, title()), work, stored -> {
            result = stored;
            setSaving(false);
            super.okPressed();
            onStored.accept(stored);
        }, e -> {
            setSaving(false);
            if (e instanceof InvalidInputException invalid) {
                refuse(invalid);
            } else if (e instanceof ConcurrentChangeException) {
                setErrorMessage(Messages.conflict_dialog);
            } else {
                setErrorMessage(e.getMessage() == null ? e.toString() : e.getMessage());
            }
        });
    }

    /**
     * What to do with the stored record once the dialog closed, e.g. open it; runs on the UI thread whether
     * or not the dialog was opened blocking.
     */
    public DraftDialog<T> onStored(Consumer<T> then) {
        this.onStored = then;
        return this;
    }

    /** What was stored, once the dialog closed with OK; null otherwise. */
    public T result() {
        return result;
    }

    /** The OK button: for tests that drive the dialog like a user. */
    public Button okButton() {
        return getButton(IDialogConstants.OK_ID);
    }

    /** Shows why the input was refused and puts the cursor into the field concerned. */
    protected void refuse(InvalidInputException e) {
        setErrorMessage(e.getMessage());
        Control control = fields.get(e.field());
        if (control != null && !control.isDisposed()) {
            marked = control;
            Label label = labels.get(control);
            Color error = control.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
            if (label != null) {
                label.setForeground(error);
            }
            control.setFocus();
        }
    }

    private void clearMark() {
        setErrorMessage(null);
        if (marked != null && !marked.isDisposed()) {
            Label label = labels.get(marked);
            if (label != null && !label.isDisposed()) {
                label.setForeground(null);
            }
        }
        marked = null;
    }

    private void setSaving(boolean on) {
        saving = on;
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null && !ok.isDisposed()) {
            ok.setEnabled(!on);
        }
        if (on) {
            setMessage(Messages.dialog_saving);
        } else if (getShell() != null && !getShell().isDisposed()) {
            setMessage(description());
        }
    }
}
