package org.parley.complaints.ui.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.parley.complaints.CaseDeadline;
import org.parley.complaints.DeadlineService;
import org.parley.core.extension.CaseEvents;
import org.parley.core.model.Commitment;
import org.parley.core.model.CommitmentState;
import org.parley.core.service.CaseService;
import org.parley.core.service.Clock;
import org.parley.ui.workbench.CaseEditors;
import org.parley.ui.workbench.SignedIn;
import org.parley.ui.workbench.StoreCall;

/**
 * The signed-in user's day: every open promise to a client and every running deadline of their cases, in one
 * list by due time. Overdue lines are red and bold, lines due within the reminder lead time orange.
 */
public class MyDayPart {

    private static final Duration HORIZON = Duration.ofDays(7);
    private static final int LIMIT = 500;
    private static final int REFRESH_MS = 60_000;

    /** One line of the day: a commitment or a deadline. */
    record Line(Instant due, String what, long caseId, String caseNumber, String client, String about,
            Commitment commitment) {
    }

    private final CaseService cases;
    private final DeadlineService deadlines;
    private final Clock clock;
    private final CaseEditors editors;
    private String login;

    private Table table;
    private Label summary;
    private Button kept;
    private Button broken;
    private Font bold;
    private final List<Line> lines = new ArrayList<>();
    private final Runnable tick = this::periodicRefresh;

    @Inject
    public MyDayPart(CaseService cases, DeadlineService deadlines, Clock clock, CaseEditors editors) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.clock = clock;
        this.editors = editors;
    }

    @Inject
    @Optional
    void signedIn(@Named(SignedIn.LOGIN) String login) {
        this.login = login;
        if (table != null && !table.isDisposed()) {
            refresh();
        }
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(3, false));
        summary = new Label(parent, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        kept = new Button(parent, SWT.PUSH);
        kept.setText(Messages.day_kept);
        kept.setToolTipText(Messages.day_keptTip);
        kept.addListener(SWT.Selection, e -> settle(CommitmentState.KEPT));
        broken = new Button(parent, SWT.PUSH);
        broken.setText(Messages.day_broken);
        broken.setToolTipText(Messages.day_brokenTip);
        broken.addListener(SWT.Selection, e -> settle(CommitmentState.BROKEN));

        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        String[] headers = { Messages.day_due, Messages.day_what, Messages.day_case, Messages.day_client,
                Messages.day_about };
        int[] widths = { 140, 300, 100, 170, 260 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        FontData[] data = table.getFont().getFontData();
        for (FontData d : data) {
            d.setStyle(SWT.BOLD);
        }
        bold = new Font(table.getDisplay(), data);
        table.addListener(SWT.DefaultSelection, e -> openSelected());
        table.addListener(SWT.Selection, e -> selectionChanged());
        selectionChanged();
        refresh();
        table.getDisplay().timerExec(REFRESH_MS, tick);
    }

    @Focus
    public void focus() {
        table.setFocus();
    }

    @PreDestroy
    public void dispose() {
        if (bold != null) {
            bold.dispose();
        }
    }

    @Inject
    @Optional
    void caseChanged(@UIEventTopic(CaseEvents.TOPIC_ALL) org.osgi.service.event.Event event) {
        refresh();
    }

    private void periodicRefresh() {
        if (table == null || table.isDisposed()) {
            return;
        }
        refresh();
        table.getDisplay().timerExec(REFRESH_MS, tick);
    }

    /** Reads the day again in the background. */
    public void refresh() {
        if (table == null || table.isDisposed() || login == null) {
            if (summary != null && !summary.isDisposed() && login == null) {
                summary.setText(Messages.day_noUser);
            }
            return;
        }
        String user = login;
        StoreCall.run(table, Messages.day_job, () -> {
            Instant now = clock.now();
            List<Line> found = new ArrayList<>();
            // a deadline knows its case but not the client: each case is read once
            Map<Long, String> clientOf = new HashMap<>();
            for (Commitment k : cases.openCommitmentsOf(user, LIMIT)) {
                clientOf.put(k.getCase().getId(), k.getCase().getClientName());
                found.add(new Line(k.getDueAt(), k.getDescription(), k.getCase().getId(), k.getCase().getNumber(),
                        k.getCase().getClientName(), k.getCase().getTitle(), k));
            }
            for (CaseDeadline d : deadlines.dueFor(user, now.plus(HORIZON), LIMIT)) {
                String client = clientOf.computeIfAbsent(d.caseId(),
                        id -> cases.find(id).map(c -> c.getClientName()).orElse(""));
                found.add(new Line(d.dueAt(), NLS.bind(Messages.day_deadline, Labels.deadline(d.kind())), d.caseId(),
                        d.caseNumber(), client, d.caseTitle() + (d.paused() ? " " + Messages.day_paused : ""), null));
            }
            found.sort(Comparator.comparing(Line::due));
            return found;
        }, this::show);
    }

    private void show(List<Line> found) {
        Instant now = clock.now();
        Instant soon = now.plus(Reminders.leadTime());
        lines.clear();
        lines.addAll(found);
        table.removeAll();
        int overdue = 0;
        for (Line l : found) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { Format.moment(l.due()), l.what(), l.caseNumber(), l.client(), l.about() });
            if (l.due().isBefore(now)) {
                overdue++;
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                item.setFont(bold);
            } else if (l.due().isBefore(soon)) {
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW));
                item.setFont(bold);
            }
        }
        summary.setText(NLS.bind(Messages.day_summary, found.size(), overdue));
        summary.getParent().layout();
        selectionChanged();
    }

    private Line selected() {
        int i = table.getSelectionIndex();
        return i < 0 || i >= lines.size() ? null : lines.get(i);
    }

    private void selectionChanged() {
        Line l = selected();
        boolean promise = l != null && l.commitment() != null;
        kept.setEnabled(promise);
        broken.setEnabled(promise);
    }

    private void openSelected() {
        Line l = selected();
        if (l != null) {
            editors.open(l.caseId(), l.caseNumber());
        }
    }

    private void settle(CommitmentState outcome) {
        Line l = selected();
        if (l == null || l.commitment() == null) {
            return;
        }
        InputDialog note = new InputDialog(table.getShell(), outcome == CommitmentState.KEPT ? Messages.day_kept
                : Messages.day_broken, NLS.bind(Messages.day_note, l.what()), "", null);
        if (note.open() != Window.OK) {
            return;
        }
        Commitment k = l.commitment();
        StoreCall.run(table, Messages.day_job, () -> cases.settleCommitment(k.getId(), k.getVersion(), outcome,
                note.getValue()), done -> refresh());
    }

    /** The lines shown: for tests. */
    public Table table() {
        return table;
    }

    /** For tests: the line texts in order. */
    public List<String> lineTexts() {
        List<String> texts = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            texts.add(item.getText(1) + " | " + item.getText(2));
        }
        return texts;
    }

}
