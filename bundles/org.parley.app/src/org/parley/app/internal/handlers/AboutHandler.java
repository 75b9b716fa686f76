package org.parley.app.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;
import org.parley.app.internal.Messages;

/** Help › About Parley: the version installed. */
public class AboutHandler {

    @Execute
    public void execute(Shell shell) {
        MessageDialog.openInformation(shell, Messages.about_title,
                NLS.bind(Messages.about_message, FrameworkUtil.getBundle(AboutHandler.class).getVersion()));
    }
}
