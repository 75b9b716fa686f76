package org.parley.complaints.ui.internal.casepages;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.complaints.Evidence;
import org.parley.complaints.Investigation;
import org.parley.complaints.InvestigationDraft;
import org.parley.complaints.InvestigationService;
import org.parley.complaints.RootCause;
import org.parley.complaints.StaffInvolvement;
import org.parley.complaints.ui.internal.Format;
import org.parley.complaints.ui.internal.Messages;
import org.parley.complaints.ui.internal.PageLayout;
import org.parley.core.model.User;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.UserService;
import org.parley.ui.api.CaseEditorPage;
import org.parley.ui.api.CasePageContext;
import org.parley.ui.workbench.StoreCall;

/**
 * The case editor's "Investigation" tab. Facts and the client's emotions sit side by side in separate fields, as
 * the practice asks; a staff member can be found at fault only once the investigation is closed with evidence.
 */
@Component(service = CaseEditorPage.class)
public class InvestigationPage implements CaseEditorPage {

    record View(Investigation investigation, List<RootCause> causes, List<User> users) {
    }

    private final InvestigationService investigations;
    private final UserService users;

    @Activate
    public InvestigationPage(@Reference InvestigationService investigations, @Reference UserService users) {
        this.investigations = investigations;
        this.users = users;
    }

    @Override
    public String id() {
        return "org.parley.complaints.ui.page.investigation";
    }

    @Override
    public String label(Locale locale) {
        return Messages.inv_page;
    }

    @Override
    public int rank() {
        return 110;
    }

    static final class Controls {
        Composite page;
        Label state;
        Text facts;
        Text emotions;
        Combo cause;
        Text steps;
        Button save;
        Table evidence;
        Button addEvidence;
        Table staff;
        Button involve;
        Button atFault;
        Button close;
        Label judgeNote;
        View view;
    }

    @Override
    public Control createControl(Composite parent, CasePageContext context) {
        Controls c = new Controls();
        c.page = PageLayout.page(parent, 2);
        c.page.setData(c);
        c.state = new Label(c.page, SWT.WRAP);
        c.state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(c.page, SWT.NONE).setText(Messages.inv_facts);
        new Label(c.page, SWT.NONE).setText(Messages.inv_emotions);
        c.facts = multi(c.page, Messages.inv_factsHint);
        c.emotions = multi(c.page, Messages.inv_emotionsHint);

        Composite row = new Composite(c.page, SWT.NONE);
        row.setLayout(new GridLayout(5, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(row, SWT.NONE).setText(Messages.inv_cause);
        c.cause = new Combo(row, SWT.READ_ONLY);
        new Label(row, SWT.NONE).setText(Messages.inv_steps);
        c.steps = new Text(row, SWT.BORDER);
        c.steps.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        c.save = new Button(row, SWT.PUSH);
        c.save.setText(Messages.inv_save);
        c.save.addListener(SWT.Selection, e -> save(c, context));

        PageLayout.heading(c.page, Messages.inv_evidence, 2);
        c.evidence = PageLayout.table(c.page, 2, 3, new String[] { Messages.inv_evidenceWhat, Messages.inv_evidenceWhere,
                Messages.inv_evidenceBy }, new int[] { 360, 220, 200 });
        PageLayout.heading(c.page, Messages.inv_staff, 2);
        c.staff = PageLayout.table(c.page, 2, 3, new String[] { Messages.inv_staffWho, Messages.inv_staffStep,
                Messages.inv_staffVerdict }, new int[] { 220, 260, 300 });
        c.staff.addListener(SWT.Selection, e -> enable(c));

        Composite buttons = new Composite(c.page, SWT.NONE);
        buttons.setLayout(new GridLayout(5, false));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        // why "At fault" is greyed out, where the agent looks, not only in a tooltip
        c.judgeNote = new Label(buttons, SWT.WRAP);
        c.judgeNote.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        c.addEvidence = button(buttons, Messages.inv_addEvidence, () -> addEvidence(c, context));
        c.involve = button(buttons, Messages.inv_involve, () -> involve(c, context));
        c.atFault = button(buttons, Messages.inv_atFault, () -> judge(c, context));
        c.close = button(buttons, Messages.inv_close, () -> close(c, context));
        load(c, context);
        return c.page;
    }

    private static Text multi(Composite parent, String hint) {
        Text t = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.heightHint = t.getLineHeight() * 6;
        data.widthHint = 300;
        t.setLayoutData(data);
        t.setMessage(hint);
        return t;
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    @Override
    public void caseChanged(Control control, CasePageContext context) {
        if (control.getData() instanceof Controls c) {
            load(c, context);
        }
    }

    private void load(Controls c, CasePageContext context) {
        long caseId = context.caseId();
        StoreCall.run(c.page, Messages.inv_job, () -> new View(investigations.of(caseId).orElse(null),
                investigations.rootCauses(), users.list()), view -> show(c, view));
    }

    private void show(Controls c, View view) {
        Investigation before = c.view == null ? null : c.view.investigation();
        c.view = view;
        Investigation i = view.investigation();
        c.cause.removeAll();
        c.cause.add(Messages.inv_causeNone);
        int selected = 0;
        for (RootCause r : view.causes()) {
            c.cause.add(r.active() ? r.name() : NLS.bind(Messages.inv_causeRetired, r.name()));
            if (i != null && r.code().equals(i.rootCause())) {
                selected = c.cause.getItemCount() - 1;
            }
        }
        c.cause.select(selected);
        refill(c.facts, before == null ? null : before.facts(), i == null ? null : i.facts());
        refill(c.emotions, before == null ? null : before.clientEmotions(), i == null ? null : i.clientEmotions());
        refill(c.steps, before == null ? null : before.processSteps(), i == null ? null : i.processSteps());
        c.state.setText(i == null ? Messages.inv_notStarted : i.isClosed()
                ? NLS.bind(Messages.inv_closedState, new Object[] { Format.moment(i.closedAt()), i.closedBy(), i.conclusion() })
                : NLS.bind(Messages.inv_openState, Format.moment(i.openedAt()), i.openedBy()));
        c.evidence.removeAll();
        c.staff.removeAll();
        if (i != null) {
            for (Evidence e : i.evidence()) {
                new TableItem(c.evidence, SWT.NONE).setText(new String[] { e.description(),
                        e.reference() == null ? "" : e.reference(), e.addedBy() + ", " + Format.moment(e.addedAt()) });
            }
            for (StaffInvolvement s : i.staff()) {
                String verdict = !i.isClosed() ? Messages.inv_verdictAfterClose
                        : s.atFault() ? NLS.bind(Messages.inv_verdictAtFault, s.disciplinaryNote() == null ? ""
                                : s.disciplinaryNote()) : Messages.inv_verdictNone;
                new TableItem(c.staff, SWT.NONE).setText(new String[] { s.staffLogin(),
                        s.processStep() == null ? "" : s.processStep(), verdict });
            }
        }
        enable(c);
        c.page.layout(true, true);
    }

    /**
     * Shows the stored text unless the user has typed something else since the page last showed {@code shown}: a
     * reload (after another change, or the first read finishing late) never throws away what was typed.
     */
    private static void refill(Text field, String shown, String stored) {
        String was = shown == null ? "" : shown;
        if (field.getText().equals(was)) {
            field.setText(stored == null ? "" : stored);
        }
    }

    private void enable(Controls c) {
        Investigation i = c.view == null ? null : c.view.investigation();
        boolean open = i == null || !i.isClosed();
        for (Control x : new Control[] { c.facts, c.emotions, c.cause, c.steps, c.save, c.addEvidence, c.involve }) {
            x.setEnabled(open);
        }
        c.close.setEnabled(i != null && open);
        boolean judged = i != null && i.isClosed() && !i.evidence().isEmpty() && c.staff.getSelectionIndex() >= 0;
        c.atFault.setEnabled(judged);
        boolean locked = i == null || !i.isClosed() || i.evidence().isEmpty();
        c.atFault.setToolTipText(locked ? Messages.inv_atFaultLocked : Messages.inv_atFaultTip);
        c.judgeNote.setText(locked ? Messages.inv_atFaultLocked : judged ? "" : Messages.inv_atFaultSelect);
    }

    private String causeCode(Controls c) {
        int i = c.cause.getSelectionIndex();
        return i <= 0 ? null : c.view.causes().get(i - 1).code();
    }

    void save(Controls c, CasePageContext context) {
        long version = c.view == null || c.view.investigation() == null ? 0 : c.view.investigation().version();
        InvestigationDraft draft = new InvestigationDraft(c.facts.getText(), c.emotions.getText(), causeCode(c),
                c.steps.getText());
        run(c, context, () -> investigations.save(context.caseId(), version, draft));
    }

    private void addEvidence(Controls c, CasePageContext context) {
        ReasonDialog ask = new ReasonDialog(c.page.getShell(), Messages.inv_addEvidence, Messages.inv_addEvidenceMessage,
                Messages.inv_evidenceWhat, null, List.of(), null);
        if (ask.open() != Window.OK) {
            return;
        }
        InputDialog where = new InputDialog(c.page.getShell(), Messages.inv_addEvidence, Messages.inv_evidenceWhereAsk,
                "", null);
        String reference = where.open() == Window.OK ? where.getValue() : null;
        addEvidence(c, context, ask.reason(), reference);
    }

    void addEvidence(Controls c, CasePageContext context, String what, String where) {
        run(c, context, () -> investigations.addEvidence(context.caseId(), what, where));
    }

    private void involve(Controls c, CasePageContext context) {
        List<User> all = c.view == null ? List.of() : c.view.users();
        ReasonDialog ask = new ReasonDialog(c.page.getShell(), Messages.inv_involve, Messages.inv_involveMessage,
                Messages.inv_staffStep, Messages.inv_staffWho, all.stream().map(User::toString).toList(), null);
        if (ask.open() == Window.OK && ask.choice() >= 0) {
            String login = all.get(ask.choice()).getLogin();
            run(c, context, () -> investigations.involve(context.caseId(), login, ask.reason()));
        }
    }

    private void judge(Controls c, CasePageContext context) {
        int position = c.staff.getSelectionIndex();
        InputDialog note = new InputDialog(c.page.getShell(), Messages.inv_atFault, Messages.inv_atFaultNote, "", null);
        if (position >= 0 && note.open() == Window.OK) {
            judge(c, context, position, note.getValue());
        }
    }

    void judge(Controls c, CasePageContext context, int position, String note) {
        run(c, context, () -> investigations.judge(context.caseId(), position, true, note));
    }

    private void close(Controls c, CasePageContext context) {
        ReasonDialog ask = new ReasonDialog(c.page.getShell(), Messages.inv_close, Messages.inv_closeMessage,
                Messages.inv_conclusion, null, List.of(), null);
        if (ask.open() == Window.OK) {
            close(c, context, ask.reason());
        }
    }

    void close(Controls c, CasePageContext context, String conclusion) {
        long version = c.view.investigation().version();
        run(c, context, () -> investigations.close(context.caseId(), version, conclusion));
    }

    /** Runs a change in the background; a refusal is shown on the page, the input stays. */
    private void run(Controls c, CasePageContext context, java.util.function.Supplier<Investigation> change) {
        StoreCall.run(c.page, Messages.inv_job, change, done -> {
            c.state.setForeground(null);
            load(c, context);
        }, e -> {
            if (e instanceof InvalidInputException) {
                c.state.setText(e.getMessage());
                c.state.setForeground(c.page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                c.page.layout(true, true);
            } else {
                StoreCall.showFailure(c.page, e);
            }
        });
    }
}
