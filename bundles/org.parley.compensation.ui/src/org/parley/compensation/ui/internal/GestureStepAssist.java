package org.parley.compensation.ui.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.compensation.Gesture;
import org.parley.compensation.GestureAdvice;
import org.parley.compensation.GestureService;
import org.parley.compensation.Labels;
import org.parley.core.model.Case;
import org.parley.script.Step;
import org.parley.script.ui.StepAssist;

/** On a script's gesture step, the ranked alternatives for the case and the form to propose one, in a dialog. */
@Component(service = StepAssist.class)
public class GestureStepAssist implements StepAssist {

    private final GestureAdvice advice;
    private final GestureService gestures;

    @Activate
    public GestureStepAssist(@Reference GestureAdvice advice, @Reference GestureService gestures) {
        this.advice = advice;
        this.gestures = gestures;
    }

    @Override
    public boolean appliesTo(Step step) {
        return step.id().startsWith("gesture");
    }

    @Override
    public String label(Locale locale) {
        return Messages.assist_label;
    }

    @Override
    public String open(Shell shell, Case conflictCase, Step step) {
        Gesture[] proposed = new Gesture[1];
        String[] name = new String[1];
        Dialog d = new Dialog(shell) {
            @Override
            protected void configureShell(Shell s) {
                super.configureShell(s);
                s.setText(NLS.bind(Messages.assist_title, conflictCase.getNumber()));
            }

            @Override
            protected boolean isResizable() {
                return true;
            }

            @Override
            protected Control createDialogArea(Composite parent) {
                Composite area = (Composite) super.createDialogArea(parent);
                GestureProposal p = new GestureProposal(area, advice, gestures, conflictCase.getId(), (g, item) -> {
                    proposed[0] = g;
                    name[0] = item;
                });
                GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
                data.widthHint = 1000;
                data.heightHint = 420;
                p.root.setLayoutData(data);
                p.reload();
                return area;
            }

            @Override
            protected void createButtonsForButtonBar(Composite parent) {
                createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
            }

            @Override
            protected void buttonPressed(int id) {
                close();
            }
        };
        d.open();
        return proposed[0] == null ? null
                : NLS.bind(Messages.assist_note, name[0], Labels.of(proposed[0].state()));
    }
}
