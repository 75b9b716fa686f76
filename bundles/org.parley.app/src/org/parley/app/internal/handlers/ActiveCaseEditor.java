package org.parley.app.internal.handlers;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.parley.app.internal.parts.CaseEditorPart;

/** The case editor among the active part, if it is one and has read its case. */
final class ActiveCaseEditor {

    private ActiveCaseEditor() {
    }

    static CaseEditorPart of(MPart part) {
        return part != null && part.getObject() instanceof CaseEditorPart editor && editor.isLoaded() ? editor : null;
    }
}
