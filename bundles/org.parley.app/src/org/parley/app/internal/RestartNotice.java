package org.parley.app.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * A non-modal window telling the user which plug-ins need a restart of Parley to show or drop their menus and
 * views. The user goes on working meanwhile; further changes are added to the open window.
 */
public final class RestartNotice {

    private Shell shell;
    private Label text;

    /** Shows {@code message} over {@code parent}, in the open notice if there is one. Call on the UI thread. */
    public void add(Shell parent, String message) {
        if (shell == null || shell.isDisposed()) {
            shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.MODELESS | SWT.RESIZE);
            shell.setText(Messages.plugins_title);
            shell.setLayout(new GridLayout(1, false));
            text = new Label(shell, SWT.WRAP);
            GridData d = new GridData(SWT.FILL, SWT.FILL, true, true);
            d.widthHint = 460;
            text.setLayoutData(d);
            Button ok = new Button(shell, SWT.PUSH);
            ok.setText(org.eclipse.jface.dialogs.IDialogConstants.OK_LABEL);
            ok.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
            ok.addListener(SWT.Selection, e -> shell.close());
            shell.setDefaultButton(ok);
            text.setText(message);
        } else {
            text.setText(text.getText() + System.lineSeparator() + message);
        }
        shell.pack();
        if (!shell.isVisible()) {
            shell.open();
        }
    }

    /** The open notice's window, or null: for tests. */
    public Shell shell() {
        return shell == null || shell.isDisposed() ? null : shell;
    }

    /** The text shown, empty when no notice is open: for tests. */
    public String text() {
        return shell() == null ? "" : text.getText();
    }
}
