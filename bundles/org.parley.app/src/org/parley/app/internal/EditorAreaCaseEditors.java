package org.parley.app.internal;

import org.parley.ui.workbench.CaseEditors;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Case editors as parts of the window's editor stack, one part per case, made from the case editor descriptor. */
public class EditorAreaCaseEditors implements CaseEditors {

    private final MApplication application;
    private final EModelService models;

    @Inject
    public EditorAreaCaseEditors(MApplication application, EModelService models) {
        this.application = application;
        this.models = models;
    }

    @Override
    public void open(long caseId, String label) {
        // the active window's part service: the application's one cannot create parts
        EPartService parts = application.getSelectedElement().getContext().get(EPartService.class);
        MPart part = find(caseId);
        if (part == null) {
            part = parts.createPart(DESCRIPTOR_ID);
            part.getPersistedState().put(CASE_ID, Long.toString(caseId));
            part.setLabel(label);
            List<MPartStack> stacks = models.findElements(application, STACK_ID, MPartStack.class);
            stacks.get(0).getChildren().add(part);
        }
        parts.showPart(part, PartState.ACTIVATE);
    }

    private MPart find(long caseId) {
        String id = Long.toString(caseId);
        return models.findElements(application, DESCRIPTOR_ID, MPart.class).stream()
                .filter(p -> id.equals(p.getPersistedState().get(CASE_ID))).findFirst().orElse(null);
    }
}
