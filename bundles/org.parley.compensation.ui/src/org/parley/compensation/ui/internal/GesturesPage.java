package org.parley.compensation.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.compensation.Gesture;
import org.parley.compensation.GestureAdvice;
import org.parley.compensation.GestureService;
import org.parley.compensation.GestureState;
import org.parley.core.model.Language;
import org.parley.core.service.AuditService;
import org.parley.ui.api.CaseEditorPage;
import org.parley.ui.api.CasePageContext;
import org.parley.ui.workbench.StoreCall;

/**
 * The case editor's "Gestures" tab: ranked alternatives for the case with the form to propose one, and the case's
 * gestures with the workflow's next steps (approve, reject, offered, the client's answer, fulfilled, history).
 */
@Component(service = CaseEditorPage.class)
public class GesturesPage implements CaseEditorPage {

    static final String CONTROLS = "org.parley.compensation.ui.gestures";

    private final GestureAdvice advice;
    private final GestureService gestures;
    private final GestureSteps steps;

    @Activate
    public GesturesPage(@Reference GestureAdvice advice, @Reference GestureService gestures,
            @Reference AuditService audit) {
        this.advice = advice;
        this.gestures = gestures;
        this.steps = new GestureSteps(gestures, audit);
    }

    @Override
    public String id() {
        return "org.parley.compensation.ui.page.gestures";
    }

    @Override
    public String label(Locale locale) {
        return Messages.page_label;
    }

    @Override
    public int rank() {
        return 107;
    }

    /** The page's widgets for one case. */
    static final class Controls {
        GestureProposal proposal;
        GestureTable list;
        Button approve;
        Button reject;
        Button offer;
        Button accepted;
        Button declined;
        Button fulfil;
        Button history;
        /** Proposed gestures the signed-in user may approve or reject. */
        java.util.Set<Long> decidable = java.util.Set.of();
    }

    @Override
    public Control createControl(Composite parent, CasePageContext context) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        Controls c = new Controls();
        page.setData(CONTROLS, c);

        Group proposeGroup = new Group(page, SWT.NONE);
        proposeGroup.setText(Messages.page_alternatives);
        proposeGroup.setLayout(new GridLayout(1, false));
        proposeGroup.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        c.proposal = new GestureProposal(proposeGroup, advice, gestures, context.caseId(), (g, item) -> {
            load(c, context.caseId());
            context.reload();
        });
        c.proposal.root.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Group listGroup = new Group(page, SWT.NONE);
        listGroup.setText(Messages.page_onCase);
        listGroup.setLayout(new GridLayout(1, false));
        listGroup.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        c.list = new GestureTable(listGroup, false, 1);
        Composite buttons = new Composite(listGroup, SWT.NONE);
        buttons.setLayout(new RowLayout());
        c.approve = button(buttons, Messages.page_approve);
        c.reject = button(buttons, Messages.page_reject);
        c.offer = button(buttons, Messages.page_offered);
        c.accepted = button(buttons, Messages.page_accepted);
        c.declined = button(buttons, Messages.page_declined);
        c.fulfil = button(buttons, Messages.page_fulfilled);
        c.history = button(buttons, Messages.page_history);
        c.list.table.addListener(SWT.Selection, e -> enable(c));
        Runnable after = () -> {
            load(c, context.caseId());
            c.proposal.reload();
            context.reload();
        };
        c.approve.addListener(SWT.Selection, e -> steps.approve(page, c.list.selected(), g -> after.run()));
        c.reject.addListener(SWT.Selection, e -> steps.reject(page, c.list.selected(), g -> after.run()));
        c.offer.addListener(SWT.Selection, e -> steps.offer(page, c.list.selected(), g -> after.run()));
        c.accepted.addListener(SWT.Selection, e -> steps.answer(page, c.list.selected(), true, g -> after.run()));
        c.declined.addListener(SWT.Selection, e -> steps.answer(page, c.list.selected(), false, g -> after.run()));
        c.fulfil.addListener(SWT.Selection, e -> steps.fulfil(page, c.list.selected(), g -> after.run()));
        c.history.addListener(SWT.Selection, e -> steps.history(page, c.list.selected()));
        enable(c);
        c.proposal.reload();
        load(c, context.caseId());
        return page;
    }

    @Override
    public void caseChanged(Control control, CasePageContext context) {
        Controls c = (Controls) control.getData(CONTROLS);
        if (c != null) {
            load(c, context.caseId());
        }
    }

    private static Button button(Composite parent, String text) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        return b;
    }

    private record Loaded(List<Gesture> list, Map<Long, String> names, java.util.Set<Long> decidable) {
    }

    private void load(Controls c, long caseId) {
        Language language = Language.ofCode(Locale.getDefault().getLanguage());
        StoreCall.run(c.list.table, Messages.page_loading, () -> {
            List<Gesture> list = gestures.ofCase(caseId);
            Map<Long, String> names = new HashMap<>();
            java.util.Set<Long> decidable = new java.util.HashSet<>();
            for (Gesture g : list) {
                names.put(g.id(), gestures.itemOf(g).name(language));
                if (gestures.mayDecide(g)) {
                    decidable.add(g.id());
                }
            }
            return new Loaded(list, names, decidable);
        }, r -> {
            c.decidable = r.decidable();
            c.list.show(r.list(), r.names(), Map.of());
            enable(c);
        });
    }

    private static void enable(Controls c) {
        Gesture g = c.list.selected();
        boolean decides = g != null && c.decidable.contains(g.id());
        c.approve.setEnabled(decides && GestureSteps.allows(g, GestureState.APPROVED));
        c.reject.setEnabled(decides && GestureSteps.allows(g, GestureState.REJECTED));
        c.offer.setEnabled(GestureSteps.allows(g, GestureState.OFFERED));
        c.accepted.setEnabled(GestureSteps.allows(g, GestureState.ACCEPTED));
        c.declined.setEnabled(GestureSteps.allows(g, GestureState.DECLINED));
        c.fulfil.setEnabled(GestureSteps.allows(g, GestureState.FULFILLED));
        c.history.setEnabled(g != null);
    }
}
