package org.parley.complaints.ui.internal;

import java.util.Locale;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.parley.complaints.ChannelRegistry;
import org.parley.complaints.ComplaintService;
import org.parley.core.service.ClientService;

/** Complaints › Proactive cases: one case per affected client, opened before they complain. */
public class ProactiveCaseHandler {

    @CanExecute
    public boolean canExecute(@Optional ComplaintService complaints, @Optional ClientService clients,
            @Optional ChannelRegistry channels) {
        return complaints != null && clients != null && channels != null;
    }

    @Execute
    public void execute(Shell shell, ComplaintService complaints, ClientService clients, ChannelRegistry channels) {
        dialog(shell, complaints, clients, channels).open();
    }

    /** The dialog, not yet open, that says how many cases it opened. */
    public static ProactiveCaseDialog dialog(Shell shell, ComplaintService complaints, ClientService clients,
            ChannelRegistry channels) {
        ProactiveCaseDialog dialog = new ProactiveCaseDialog(shell, complaints, clients, channels, Locale.getDefault());
        dialog.onStored(opened -> MessageDialog.openInformation(shell, Messages.proactive_title,
                NLS.bind(Messages.proactive_done, opened.size())));
        return dialog;
    }
}
