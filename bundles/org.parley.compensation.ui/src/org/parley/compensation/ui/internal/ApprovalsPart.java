package org.parley.compensation.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.event.Event;
import org.parley.compensation.Gesture;
import org.parley.compensation.GestureService;
import org.parley.core.model.Case;
import org.parley.core.model.Language;
import org.parley.core.service.AuditService;
import org.parley.core.service.CaseService;
import org.parley.ui.workbench.CaseEditors;
import org.parley.ui.workbench.SignedIn;
import org.parley.ui.workbench.StoreCall;

import org.eclipse.e4.ui.di.UIEventTopic;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Gestures waiting for the signed-in user's approval: above an agent's limit for a supervisor, above a supervisor's
 * for the department head, and overrides of budgets and per-client limits for the role allowed to give them.
 */
public class ApprovalsPart {

    private final GestureService gestures;
    private final CaseService cases;
    private final CaseEditors editors;
    private final GestureSteps steps;
    private String login;

    Label summary;
    GestureTable list;
    Button approve;
    Button reject;
    Button open;
    Button history;

    @Inject
    public ApprovalsPart(GestureService gestures, CaseService cases, AuditService audit, CaseEditors editors) {
        this.gestures = gestures;
        this.cases = cases;
        this.editors = editors;
        this.steps = new GestureSteps(gestures, audit);
    }

    @Inject
    @Optional
    void signedIn(@Named(SignedIn.LOGIN) String login) {
        this.login = login;
        if (list != null && !list.table.isDisposed()) {
            refresh();
        }
    }

    /** Another desktop or tab changed a gesture: the queue may have changed too. */
    @Inject
    @Optional
    void gestureChanged(@UIEventTopic(GestureService.TOPIC) Event event) {
        if (list != null && !list.table.isDisposed()) {
            refresh();
        }
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(5, false));
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
        list = new GestureTable(parent, true, 5);
        approve = button(parent, Messages.page_approve);
        reject = button(parent, Messages.page_reject);
        open = button(parent, Messages.appr_open);
        history = button(parent, Messages.page_history);
        Button again = button(parent, Messages.appr_refresh);
        list.table.addListener(SWT.Selection, e -> enable());
        list.table.addListener(SWT.DefaultSelection, e -> openCase());
        approve.addListener(SWT.Selection, e -> steps.approve(list.table, list.selected(), g -> refresh()));
        reject.addListener(SWT.Selection, e -> steps.reject(list.table, list.selected(), g -> refresh()));
        open.addListener(SWT.Selection, e -> openCase());
        history.addListener(SWT.Selection, e -> steps.history(list.table, list.selected()));
        again.addListener(SWT.Selection, e -> refresh());
        refresh();
    }

    @Focus
    public void focus() {
        list.table.setFocus();
    }

    void refresh() {
        if (login == null) {
            return;
        }
        Language language = Language.ofCode(Locale.getDefault().getLanguage());
        record Queue(List<Gesture> gestures, Map<Long, String> names, Map<Long, String[]> cases) {
        }
        StoreCall.run(list.table, Messages.appr_loading, () -> {
            List<Gesture> waiting = gestures.awaitingApproval();
            Map<Long, String> names = new HashMap<>();
            Map<Long, String[]> caseLabels = new HashMap<>();
            for (Gesture g : waiting) {
                names.put(g.id(), gestures.itemOf(g).name(language));
                caseLabels.computeIfAbsent(g.caseId(), id -> cases.find(id)
                        .map((Case c) -> new String[] { c.getNumber(), c.getClientName() })
                        .orElse(new String[] { "#" + id, "" }));
            }
            return new Queue(waiting, names, caseLabels);
        }, q -> {
            list.show(q.gestures(), q.names(), q.cases());
            summary.setText(q.gestures().isEmpty() ? Messages.appr_none
                    : NLS.bind(Messages.appr_summary, q.gestures().size()));
            enable();
        });
    }

    private void enable() {
        boolean any = list.selected() != null;
        approve.setEnabled(any);
        reject.setEnabled(any);
        open.setEnabled(any);
        history.setEnabled(any);
    }

    private void openCase() {
        Gesture g = list.selected();
        if (g != null) {
            int i = list.table.getSelectionIndex();
            editors.open(g.caseId(), list.table.getItem(i).getText(0));
        }
    }

    private static Button button(Composite parent, String text) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        return b;
    }
}
