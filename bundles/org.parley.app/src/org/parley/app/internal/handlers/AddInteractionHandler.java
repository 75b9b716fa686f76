package org.parley.app.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;

/** Case › Add interaction: records a contact with the client on the case in the active editor. */
public class AddInteractionHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return ActiveCaseEditor.of(part) != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
        ActiveCaseEditor.of(part).addInteraction();
    }
}
