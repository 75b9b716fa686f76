package org.parley.complaints.ui.internal.settings;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Shell;
import org.parley.complaints.DeadlineService;
import org.parley.complaints.EscalationService;
import org.parley.complaints.InvestigationService;
import org.parley.complaints.ResolutionService;
import org.parley.complaints.ui.internal.Messages;
import org.parley.core.service.UserService;
import org.parley.ui.workbench.SignedIn;
import org.parley.ui.workbench.StoreCall;

/** Complaints › Complaint settings: read the settings in the background, then show them. */
public class SettingsHandler {

    @CanExecute
    public boolean canExecute(@Optional DeadlineService deadlines, @Optional ResolutionService resolutions) {
        return deadlines != null && resolutions != null;
    }

    @Execute
    public void execute(Shell shell, DeadlineService deadlines, EscalationService escalation,
            InvestigationService investigations, ResolutionService resolutions, UserService users,
            @Optional @Named(SignedIn.LOGIN) String login) {
        StoreCall.run(shell, Messages.settings_title,
                () -> SettingsDialog.read(deadlines, escalation, investigations, resolutions, users, login),
                settings -> new SettingsDialog(shell, deadlines, escalation, investigations, resolutions, settings).open());
    }
}
