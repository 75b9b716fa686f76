package org.parley.app.internal.fields;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.parley.app.internal.Messages;

/**
 * The "Save fields" button under a {@link CustomFieldsForm} and the line beside it that says how the last save
 * went; an edit enables the button and clears that line.
 */
public final class FieldSaveBar {

    private final Button button;
    private final Label result;

    public FieldSaveBar(Composite parent, CustomFieldsForm form, Runnable save) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        bar.setLayout(layout);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        button = new Button(bar, SWT.PUSH);
        button.setText(Messages.editor_saveFields);
        button.setEnabled(false);
        button.addListener(SWT.Selection, e -> save.run());
        result = new Label(bar, SWT.NONE);
        result.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        form.onChange(() -> {
            button.setEnabled(true);
            result.setText("");
        });
    }

    public Button button() {
        return button;
    }

    public Label result() {
        return result;
    }
}
