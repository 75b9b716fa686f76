package org.parley.app.internal.handlers;

import java.util.Locale;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Shell;
import org.parley.app.internal.SignInAddon;
import org.parley.app.internal.dialogs.NewCaseDialog;
import org.parley.core.service.CaseService;
import org.parley.core.service.ClientService;
import org.parley.core.service.Store;
import org.parley.ui.workbench.CaseEditors;

/** File › New case: opens a case for a new or existing client and shows it in its editor. */
public class NewCaseHandler {

    @CanExecute
    public boolean canExecute(@Optional CaseService cases, @Optional ClientService clients, @Optional Store store) {
        return cases != null && clients != null && store != null;
    }

    @Execute
    public void execute(Shell shell, CaseService cases, ClientService clients, Store store, CaseEditors editors,
            @Optional @Named(SignInAddon.LOGIN) String login) {
        dialog(shell, cases, clients, store, editors, login).open();
    }

    /** The New case dialog, not yet open, that shows the new case in its editor once stored. */
    public static NewCaseDialog dialog(Shell shell, CaseService cases, ClientService clients, Store store,
            CaseEditors editors, String login) {
        NewCaseDialog dialog = new NewCaseDialog(shell, cases, clients, store, login, Locale.getDefault());
        dialog.onStored(opened -> editors.open(opened.getId(), opened.getNumber()));
        return dialog;
    }
}
