package org.parley.app.internal;

import org.parley.ui.workbench.CaseEditors;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;

/** Model add-on that lets every view open case editors through {@link CaseEditors} from its context. */
public class CaseEditorsAddon {

    @PostConstruct
    void register(IEclipseContext applicationContext) {
        applicationContext.set(CaseEditors.class,
                ContextInjectionFactory.make(EditorAreaCaseEditors.class, applicationContext));
    }
}
