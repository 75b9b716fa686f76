package org.parley.complaints.ui.internal;

import java.util.Locale;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Shell;
import org.parley.complaints.ChannelRegistry;
import org.parley.complaints.ComplaintService;
import org.parley.complaints.EscalationService;
import org.parley.core.service.ClientService;
import org.parley.ui.workbench.CaseEditors;

/** Complaints › Take a complaint (Ctrl+Shift+T): the intake dialog, then the new case in its editor. */
public class TakeComplaintHandler {

    @CanExecute
    public boolean canExecute(@Optional ComplaintService complaints, @Optional ClientService clients,
            @Optional ChannelRegistry channels, @Optional EscalationService escalation) {
        return complaints != null && clients != null && channels != null && escalation != null;
    }

    @Execute
    public void execute(Shell shell, ComplaintService complaints, ClientService clients, ChannelRegistry channels,
            EscalationService escalation, CaseEditors editors) {
        dialog(shell, complaints, clients, channels, escalation, editors).open();
    }

    /** The dialog, not yet open, that shows the case in its editor once the complaint is taken. */
    public static TakeComplaintDialog dialog(Shell shell, ComplaintService complaints, ClientService clients,
            ChannelRegistry channels, EscalationService escalation, CaseEditors editors) {
        TakeComplaintDialog dialog = new TakeComplaintDialog(shell, complaints, clients, channels, escalation.levels(),
                Locale.getDefault());
        dialog.onStored(taken -> editors.open(taken.caseId(), taken.caseNumber()));
        return dialog;
    }
}
