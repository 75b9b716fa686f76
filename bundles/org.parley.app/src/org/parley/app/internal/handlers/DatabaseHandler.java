package org.parley.app.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.parley.app.internal.Messages;
import org.parley.app.internal.dialogs.DatabaseDialog;
import org.parley.core.service.Store;

/** File › Database connection. */
public class DatabaseHandler {

    @Execute
    public void execute(Shell shell, @Optional Store store) {
        DatabaseDialog dialog = new DatabaseDialog(shell, store);
        dialog.onStored(saved -> MessageDialog.openInformation(shell, Messages.database_title, Messages.database_restart));
        dialog.open();
    }
}
