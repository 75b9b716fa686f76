package org.parley.app.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Window › (a view): brings the view named by the command's parameter to front. */
public class ShowPartHandler {

    /** The command parameter that names the part to show. */
    public static final String PART_ID = "org.parley.app.commandparameter.partId";

    @Execute
    public void execute(EPartService parts, @Named(PART_ID) String partId) {
        parts.showPart(partId, PartState.ACTIVATE);
    }
}
