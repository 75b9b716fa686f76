package org.parley.termination.ui.internal;

import java.util.Locale;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.script.ToneCheck;
import org.parley.termination.Classification;
import org.parley.termination.ClientClassifier;
import org.parley.termination.ClientKind;
import org.parley.termination.Expectations;
import org.parley.termination.PreContractService;
import org.parley.termination.Termination;
import org.parley.termination.TerminationService;
import org.parley.termination.TerminationState;
import org.parley.ui.api.CaseEditorPage;
import org.parley.ui.api.CasePageContext;
import org.parley.ui.workbench.StoreCall;

/**
 * The case editor's "Client" tab: whether the case's client is a client with a problem or a problem client, with the
 * evidence (which cases, which dates, which words); the expectations agreed before the contract; and ending the
 * relationship through its checklist.
 */
@Component(service = CaseEditorPage.class)
public class ClientPage implements CaseEditorPage {

    static final String CONTROLS = "org.parley.termination.ui.client";

    private final ClientClassifier classifier;
    private final TerminationService terminations;
    private final PreContractService preContract;
    private final ToneCheck tone;

    @Activate
    public ClientPage(@Reference ClientClassifier classifier, @Reference TerminationService terminations,
            @Reference PreContractService preContract, @Reference ToneCheck tone) {
        this.classifier = classifier;
        this.terminations = terminations;
        this.preContract = preContract;
        this.tone = tone;
    }

    @Override
    public String id() {
        return "org.parley.termination.ui.page.client";
    }

    @Override
    public String label(Locale locale) {
        return Messages.page_label;
    }

    @Override
    public int rank() {
        return 108;
    }

    static final class Controls {
        Label kind;
        Label window;
        EvidenceTable evidence;
        Label expectations;
        Label termination;
        Button record;
        Button start;
        Button checklist;
        Classification shown;
    }

    @Override
    public Control createControl(Composite parent, CasePageContext context) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));
        Controls c = new Controls();
        page.setData(CONTROLS, c);
        c.kind = new Label(page, SWT.WRAP);
        c.kind.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
        c.kind.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        c.window = new Label(page, SWT.WRAP);
        c.window.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        c.evidence = new EvidenceTable(page, 3, 220);
        c.expectations = new Label(page, SWT.WRAP);
        GridData ed = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        ed.widthHint = 800;
        c.expectations.setLayoutData(ed);
        c.termination = new Label(page, SWT.WRAP);
        c.termination.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        c.record = button(page, Messages.page_expectations);
        c.start = button(page, Messages.page_start);
        c.checklist = button(page, Messages.page_checklist);
        c.record.addListener(SWT.Selection, e -> {
            if (c.shown != null) {
                new ExpectationsDialog(page.getShell(), preContract, c.shown.clientId(), c.shown.clientName())
                        .openThen(() -> load(c, context));
            }
        });
        c.start.addListener(SWT.Selection, e -> start(c, context));
        c.checklist.addListener(SWT.Selection, e -> {
            if (c.shown != null) {
                ChecklistDialog d = new ChecklistDialog(page.getShell(), terminations, tone, c.shown.clientId(),
                        c.shown.clientName());
                d.openThen(() -> load(c, context));
            }
        });
        load(c, context);
        return page;
    }

    @Override
    public void caseChanged(Control control, CasePageContext context) {
        if (control.getData(CONTROLS) instanceof Controls c) {
            load(c, context);
        }
    }

    private static Button button(Composite parent, String text) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        return b;
    }

    private void start(Controls c, CasePageContext context) {
        if (c.shown == null) {
            return;
        }
        InputDialog d = new InputDialog(c.kind.getShell(), Messages.start_title,
                NLS.bind(Messages.start_message, c.shown.clientName()), "", s -> s.isBlank() ? Messages.reason_required
                        : null);
        if (d.open() != Window.OK) {
            return;
        }
        long client = c.shown.clientId();
        StoreCall.run(c.kind, Messages.job_saving, () -> terminations.start(client, d.getValue()), t -> load(c, context));
    }

    private record View(Classification classification, Expectations expectations) {
    }

    void load(Controls c, CasePageContext context) {
        long clientId = context.currentCase().getClient().getId();
        StoreCall.run(c.kind, Messages.job_classifying, () -> new View(classifier.classify(clientId),
                preContract.of(clientId).orElse(null)), v -> show(c, v));
    }

    private static void show(Controls c, View v) {
        Classification k = v.classification();
        c.shown = k;
        c.kind.setText(switch (k.kind()) {
            case PROBLEM_CLIENT -> NLS.bind(Messages.kind_problem, k.clientName(), k.triggeredCount());
            case CLIENT_WITH_A_PROBLEM -> NLS.bind(Messages.kind_withProblem, k.clientName());
            case NO_COMPLAINTS -> NLS.bind(Messages.kind_none, k.clientName());
        });
        c.kind.setForeground(k.kind() == ClientKind.PROBLEM_CLIENT
                ? c.kind.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        c.window.setText(NLS.bind(Messages.kind_window, new Object[] { EvidenceTable.DAY.format(k.from()),
                EvidenceTable.DAY.format(k.to()), k.problemAt() }));
        c.evidence.show(k.findings());
        Expectations e = v.expectations();
        c.expectations.setText(e == null ? Messages.exp_none : NLS.bind(Messages.exp_summary, new Object[] {
                e.deadline(), e.scope(), e.price(), e.contactPerson() + ", " + e.contactNumber(),
                e.confirmedByClient() ? Messages.exp_confirmed : Messages.exp_notConfirmed,
                e.redFlags().isEmpty() ? Messages.exp_noFlags : String.join(", ", e.redFlags()) }));
        Termination t = k.termination().orElse(null);
        c.termination.setText(t == null ? Messages.term_none : NLS.bind(Messages.term_state, new Object[] {
                Messages.state(t.state()), t.startedBy(), EvidenceTable.DAY.format(t.startedAt()), t.reason() }));
        boolean running = t != null && t.state() == TerminationState.STARTED;
        boolean ended = t != null && t.state() == TerminationState.TERMINATED;
        c.start.setEnabled(!running && !ended);
        c.checklist.setEnabled(running || ended);
        c.kind.getParent().layout(true, true);
    }
}
