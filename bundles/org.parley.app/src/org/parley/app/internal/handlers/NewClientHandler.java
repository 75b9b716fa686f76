package org.parley.app.internal.handlers;

import java.util.Locale;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Shell;
import org.parley.app.internal.dialogs.NewClientDialog;
import org.parley.core.service.ClientService;

/** File › New client: enters a client before any case exists, e.g. at the first meeting. */
public class NewClientHandler {

    @CanExecute
    public boolean canExecute(@Optional ClientService clients) {
        return clients != null;
    }

    @Execute
    public void execute(Shell shell, ClientService clients) {
        new NewClientDialog(shell, clients, Locale.getDefault()).open();
    }
}
