package org.parley.app.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Shell;
import org.parley.app.internal.fields.CustomFieldsDialog;
import org.parley.core.service.CustomFields;
import org.parley.core.service.Session;
import org.parley.core.service.UserService;

/** File › Custom fields: admins define the fields; everyone else may look at them. */
public class CustomFieldsHandler {

    @CanExecute
    public boolean canExecute(@Optional CustomFields fields, @Optional UserService users) {
        return fields != null && users != null;
    }

    @Execute
    public void execute(Shell shell, CustomFields fields, UserService users, @Optional Session session) {
        new CustomFieldsDialog(shell, fields, users, session).open();
    }
}
