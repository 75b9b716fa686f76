package org.parley.complaints.ui.internal.casepages;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.complaints.CaseDeadline;
import org.parley.complaints.ChannelRegistry;
import org.parley.complaints.ComplaintRecord;
import org.parley.complaints.ComplaintService;
import org.parley.complaints.DeadlineService;
import org.parley.complaints.EscalationService;
import org.parley.complaints.Transfer;
import org.parley.complaints.ui.internal.Format;
import org.parley.complaints.ui.internal.Labels;
import org.parley.complaints.ui.internal.Messages;
import org.parley.complaints.ui.internal.PageLayout;
import org.parley.core.model.Case;
import org.parley.core.model.CommitmentKind;
import org.parley.core.model.User;
import org.parley.core.service.CaseService;
import org.parley.core.service.Clock;
import org.parley.core.service.CommitmentDraft;
import org.parley.core.service.UserService;
import org.parley.ui.api.CaseEditorPage;
import org.parley.ui.api.CasePageContext;
import org.parley.ui.workbench.StoreCall;

/**
 * The case editor's "Complaint" tab: the complaints in the client's words, the deadlines and how they stand,
 * the levels (where it arose, who handles it) with every transfer, and the steps: escalate, hand down, promise
 * a call-back.
 */
@Component(service = CaseEditorPage.class)
public class ComplaintPage implements CaseEditorPage {

    /** What the page shows of one case, read in one go in the background. */
    record View(List<ComplaintRecord> complaints, List<CaseDeadline> deadlines, List<Transfer> transfers, String arose,
            String handled, List<User> lowerTrained, List<User> upper, java.util.Map<Integer, String> levelNames) {
    }

    private final ComplaintService complaints;
    private final DeadlineService deadlines;
    private final EscalationService escalation;
    private final ChannelRegistry channels;
    private final CaseService cases;
    private final UserService users;
    private final Clock clock;

    @Activate
    public ComplaintPage(@Reference ComplaintService complaints, @Reference DeadlineService deadlines,
            @Reference EscalationService escalation, @Reference ChannelRegistry channels, @Reference CaseService cases,
            @Reference UserService users, @Reference Clock clock) {
        this.complaints = complaints;
        this.deadlines = deadlines;
        this.escalation = escalation;
        this.channels = channels;
        this.cases = cases;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "org.parley.complaints.ui.page.complaint";
    }

    @Override
    public String label(Locale locale) {
        return Messages.page_complaint;
    }

    @Override
    public int rank() {
        return 100;
    }

    /** The controls of one editor's page. */
    static final class Controls {
        Composite page;
        Label levels;
        Table complaints;
        Table deadlines;
        Table transfers;
        Button escalate;
        Button handDown;
        Button promise;
        View view;
    }

    @Override
    public Control createControl(Composite parent, CasePageContext context) {
        Controls c = new Controls();
        c.page = PageLayout.page(parent, 1);
        c.page.setData(c);
        Composite actions = new Composite(c.page, SWT.NONE);
        actions.setLayout(new GridLayout(4, false));
        actions.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        c.levels = new Label(actions, SWT.NONE);
        c.levels.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        c.escalate = new Button(actions, SWT.PUSH);
        c.escalate.setText(Messages.page_escalate);
        c.escalate.setToolTipText(Messages.page_escalateTip);
        c.escalate.addListener(SWT.Selection, e -> askEscalate(c, context));
        c.handDown = new Button(actions, SWT.PUSH);
        c.handDown.setText(Messages.page_handDown);
        c.handDown.setToolTipText(Messages.page_handDownTip);
        c.handDown.addListener(SWT.Selection, e -> askHandDown(c, context));
        c.promise = new Button(actions, SWT.PUSH);
        c.promise.setText(Messages.page_promise);
        c.promise.setToolTipText(Messages.page_promiseTip);
        c.promise.addListener(SWT.Selection, e -> askPromise(c, context));

        PageLayout.heading(c.page, Messages.page_complaints, 1);
        c.complaints = PageLayout.table(c.page, 1, 4, new String[] { Messages.page_received, Messages.page_channel,
                Messages.page_reference, Messages.page_words }, new int[] { 140, 110, 160, 520 });
        PageLayout.heading(c.page, Messages.page_deadlines, 1);
        c.deadlines = PageLayout.table(c.page, 1, 3, new String[] { Messages.page_deadline, Messages.page_due,
                Messages.page_state }, new int[] { 180, 150, 300 });
        PageLayout.heading(c.page, Messages.page_transfers, 1);
        c.transfers = PageLayout.table(c.page, 1, 0, new String[] { Messages.page_when, Messages.page_fromTo,
                Messages.page_owner, Messages.page_by, Messages.page_reason }, new int[] { 140, 260, 110, 110, 380 });
        load(c, context);
        return c.page;
    }

    @Override
    public void caseChanged(Control control, CasePageContext context) {
        if (control.getData() instanceof Controls c) {
            load(c, context);
        }
    }

    private void load(Controls c, CasePageContext context) {
        long caseId = context.caseId();
        Case current = context.currentCase();
        StoreCall.run(c.page, Messages.page_job, () -> new View(complaints.complaintsOf(caseId), deadlines.deadlinesOf(caseId),
                escalation.transfers(caseId), escalation.levelName(current.getLevelArisen()),
                escalation.levelName(current.getLevelHandling()), users.list().stream()
                        .filter(u -> u.isActive() && u.isTrainedForConflicts()
                                && u.getLevel() == current.getLevelHandling() - 1).toList(),
                users.list().stream().filter(u -> u.isActive() && u.getLevel() == current.getLevelHandling() + 1)
                        .toList(), escalation.levels().stream().collect(java.util.stream.Collectors.toMap(
                                org.parley.complaints.EscalationLevel::level, org.parley.complaints.EscalationLevel::name))),
                view -> show(c, context, view));
    }

    private void show(Controls c, CasePageContext context, View view) {
        c.view = view;
        Case current = context.currentCase();
        c.levels.setText(NLS.bind(Messages.page_levels, new Object[] { view.arose(), view.handled(),
                current.getOwner() == null ? Messages.page_unassigned : current.getOwner().getDisplayName() }));
        c.complaints.removeAll();
        for (ComplaintRecord r : view.complaints()) {
            TableItem item = new TableItem(c.complaints, SWT.NONE);
            item.setText(new String[] { Format.moment(r.receivedAt()),
                    channels.find(r.channel()).map(ch -> ch.label(context.locale())).orElse(r.channel()),
                    r.channelReference() == null ? "" : r.channelReference(), Format.firstWords(r.clientWords(), 200) });
        }
        c.deadlines.removeAll();
        java.time.Instant now = clock.now();
        for (CaseDeadline d : view.deadlines()) {
            TableItem item = new TableItem(c.deadlines, SWT.NONE);
            String state = d.metAt() != null ? NLS.bind(Messages.page_met, Format.moment(d.metAt()))
                    : d.paused() ? Messages.page_paused
                    : d.dueAt().isBefore(now) ? (d.escalated() ? Messages.page_breachedEscalated : Messages.page_overdue)
                    : Messages.page_running;
            item.setText(new String[] { Labels.deadline(d.kind()), Format.moment(d.dueAt()), state });
            if (d.metAt() == null && !d.paused() && d.dueAt().isBefore(now)) {
                item.setForeground(c.page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        c.transfers.removeAll();
        for (Transfer t : view.transfers()) {
            TableItem item = new TableItem(c.transfers, SWT.NONE);
            item.setText(new String[] { Format.moment(t.at()), NLS.bind(Messages.page_fromToValue,
                    view.levelNames().getOrDefault(t.fromLevel(), Integer.toString(t.fromLevel())),
                    view.levelNames().getOrDefault(t.toLevel(), Integer.toString(t.toLevel()))),
                    t.toOwner() == null ? Messages.page_unassigned : t.toOwner(),
                    t.automatic() ? Messages.page_automatic : t.actor(), t.reason() });
        }
        boolean open = current.getStatus().isOpen();
        c.escalate.setEnabled(open);
        c.handDown.setEnabled(open && current.getLevelHandling() > 0 && !view.lowerTrained().isEmpty());
        c.handDown.setToolTipText(view.lowerTrained().isEmpty() ? Messages.page_handDownNobody : Messages.page_handDownTip);
        c.promise.setEnabled(open);
        c.page.layout(true, true);
    }

    private void askEscalate(Controls c, CasePageContext context) {
        List<User> upper = c.view == null ? List.of() : c.view.upper();
        List<String> owners = new java.util.ArrayList<>();
        owners.add(Messages.page_escalateAnyone);
        upper.forEach(u -> owners.add(u.toString()));
        ReasonDialog ask = new ReasonDialog(c.page.getShell(), Messages.page_escalate, Messages.page_escalateMessage,
                Messages.page_reason, Messages.page_escalateOwner, owners, null);
        if (ask.open() == Window.OK) {
            escalate(c, context, ask.choice() <= 0 ? null : upper.get(ask.choice() - 1).getLogin(), ask.reason());
        }
    }

    /**
     * Escalates the case one level up with the reason, to {@code owner} (null: unassigned there, or whom the policy
     * picks); the editor reads the case again afterwards.
     */
    void escalate(Controls c, CasePageContext context, String owner, String reason) {
        Case current = context.currentCase();
        StoreCall.run(c.page, Messages.page_escalate, () -> escalation.escalate(current.getId(), current.getVersion(),
                owner, reason), done -> context.reload());
    }

    private void askHandDown(Controls c, CasePageContext context) {
        List<User> trained = c.view == null ? List.of() : c.view.lowerTrained();
        ReasonDialog ask = new ReasonDialog(c.page.getShell(), Messages.page_handDown, Messages.page_handDownMessage,
                Messages.page_reason, Messages.page_handDownTo, trained.stream().map(User::toString).toList(), null);
        if (ask.open() == Window.OK && ask.choice() >= 0) {
            Case current = context.currentCase();
            String to = trained.get(ask.choice()).getLogin();
            StoreCall.run(c.page, Messages.page_handDown, () -> escalation.handDown(current.getId(), current.getVersion(),
                    to, ask.reason()), done -> context.reload());
        }
    }

    private void askPromise(Controls c, CasePageContext context) {
        ReasonDialog ask = new ReasonDialog(c.page.getShell(), Messages.page_promise, Messages.page_promiseMessage,
                Messages.page_promiseText, null, List.of(), Messages.page_promiseWithin).offerMoment(Messages.page_promiseAt);
        if (ask.open() == Window.OK) {
            promise(c, context, ask.number(), ask.moment(), ask.reason());
        }
    }

    /**
     * Records "I will call you back within {@code hours} business hours" (or at {@code at} when the client agreed an
     * exact moment) as a call-back commitment.
     */
    void promise(Controls c, CasePageContext context, int hours, java.time.Instant at, String text) {
        long caseId = context.caseId();
        StoreCall.run(c.page, Messages.page_promise, () -> cases.addCommitment(caseId, new CommitmentDraft(
                CommitmentKind.CALL_BACK, text, at != null ? at : deadlines.addBusinessTime(clock.now(),
                        Duration.ofHours(hours)), null)), done -> context.reload());
    }
}
