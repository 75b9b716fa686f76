package org.parley.complaints.ui.internal.duplicates;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.parley.complaints.ChannelRegistry;
import org.parley.complaints.ComplaintRecord;
import org.parley.complaints.ComplaintService;
import org.parley.complaints.ui.internal.Messages;
import org.parley.core.extension.CaseEvents;
import org.parley.core.model.CaseStatus;
import org.parley.core.service.CaseQuery;
import org.parley.core.service.CaseRow;
import org.parley.core.service.CaseService;
import org.parley.core.service.CaseSort;
import org.parley.ui.workbench.CaseEditors;
import org.parley.ui.workbench.StoreCall;

/**
 * Complaints that bulk intake stored as new cases but flagged as likely duplicates, oldest first, each with the
 * case holding the complaint it resembles. An agent merges each into a case of the same client or keeps it apart,
 * giving the reason; nothing is decided without them.
 */
public class SuspectedDuplicatesPart {

    private static final int LIMIT = 200;
    /** Open cases of one client offered as merge targets; a client with more is a case for the navigator. */
    private static final int TARGETS = 50;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

    /** One suspect with what a merge may choose from, read together in the background. */
    record Line(ComplaintRecord complaint, List<CaseRow> targets, int likely) {

        String likeCase() {
            return likely < 0 ? "" : targets.get(likely).number();
        }
    }

    private final ComplaintService complaints;
    private final CaseService cases;
    private final ChannelRegistry channels;
    private final CaseEditors editors;

    private Label summary;
    private Table table;
    private Button merge;
    private Button keepApart;
    private final List<Line> lines = new ArrayList<>();

    @Inject
    public SuspectedDuplicatesPart(ComplaintService complaints, CaseService cases, ChannelRegistry channels,
            CaseEditors editors) {
        this.complaints = complaints;
        this.cases = cases;
        this.channels = channels;
        this.editors = editors;
    }

    static String moment(Instant at) {
        return at == null ? "" : MOMENT.format(at.atZone(ZoneId.systemDefault()));
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(3, false));
        summary = new Label(parent, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary.setText(Messages.dup_loading);
        merge = new Button(parent, SWT.PUSH);
        merge.setText(Messages.dup_merge);
        merge.setToolTipText(Messages.dup_mergeTip);
        merge.addListener(SWT.Selection, e -> decide(true));
        keepApart = new Button(parent, SWT.PUSH);
        keepApart.setText(Messages.dup_keep);
        keepApart.setToolTipText(Messages.dup_keepTip);
        keepApart.addListener(SWT.Selection, e -> decide(false));

        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        String[] headers = { Messages.dup_received, Messages.dup_case, Messages.dup_client, Messages.dup_channel,
                Messages.dup_likeCase, Messages.dup_words };
        int[] widths = { 140, 100, 180, 110, 120, 380 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        table.addListener(SWT.DefaultSelection, e -> openSelected());
        table.addListener(SWT.Selection, e -> selectionChanged());
        selectionChanged();
        refresh();
    }

    @Focus
    public void focus() {
        table.setFocus();
    }

    @Inject
    @Optional
    void caseChanged(@UIEventTopic(CaseEvents.TOPIC_ALL) org.osgi.service.event.Event event) {
        refresh();
    }

    /** Reads the suspects and, per client, the open cases they may be merged into. */
    public void refresh() {
        if (table == null || table.isDisposed()) {
            return;
        }
        StoreCall.run(table, Messages.dup_job, () -> {
            Map<Long, List<CaseRow>> openByClient = new HashMap<>();
            Map<Long, Long> caseOfComplaint = new HashMap<>();
            List<Line> found = new ArrayList<>();
            for (ComplaintRecord c : complaints.suspectedDuplicates(LIMIT)) {
                List<CaseRow> open = openByClient.computeIfAbsent(c.clientId(), client -> {
                    List<CaseRow> rows = cases.list(new CaseQuery(null, EnumSet.complementOf(EnumSet.of(
                            CaseStatus.CLOSED)), null, null, client, CaseSort.OPENED, true), 0, TARGETS);
                    for (CaseRow row : rows) {
                        complaints.complaintsOf(row.id()).forEach(k -> caseOfComplaint.put(k.id(), row.id()));
                    }
                    return rows;
                });
                List<CaseRow> targets = open.stream().filter(row -> row.id() != c.caseId()).toList();
                Long original = caseOfComplaint.get(c.suspectedDuplicateOf());
                int likely = -1;
                for (int i = 0; original != null && i < targets.size(); i++) {
                    if (targets.get(i).id() == original) {
                        likely = i;
                    }
                }
                found.add(new Line(c, targets, likely));
            }
            return found;
        }, this::show);
    }

    private void show(List<Line> found) {
        lines.clear();
        lines.addAll(found);
        table.removeAll();
        Locale locale = Locale.getDefault();
        for (Line l : found) {
            ComplaintRecord c = l.complaint();
            String channel = channels.find(c.channel()).map(ch -> ch.label(locale)).orElse(c.channel());
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { moment(c.receivedAt()), c.caseNumber(), c.clientName(), channel,
                    l.likeCase(), firstLine(c.clientWords()) });
        }
        summary.setText(found.isEmpty() ? Messages.dup_none : NLS.bind(Messages.dup_count, found.size()));
        summary.getParent().layout();
        selectionChanged();
    }

    private static String firstLine(String words) {
        String line = words == null ? "" : words.strip().lines().findFirst().orElse("");
        return line.length() <= 120 ? line : line.substring(0, 119) + "\u2026";
    }

    private Line selected() {
        int i = table.getSelectionIndex();
        return i < 0 || i >= lines.size() ? null : lines.get(i);
    }

    private void selectionChanged() {
        Line l = selected();
        merge.setEnabled(l != null && !l.targets().isEmpty());
        merge.setToolTipText(l != null && l.targets().isEmpty() ? Messages.dup_noTarget : Messages.dup_mergeTip);
        keepApart.setEnabled(l != null);
    }

    private void openSelected() {
        Line l = selected();
        if (l != null) {
            editors.open(l.complaint().caseId(), l.complaint().caseNumber());
        }
    }

    private void decide(boolean merging) {
        Line l = selected();
        if (l == null) {
            return;
        }
        dialog(l, merging).onStored(done -> refresh()).open();
    }

    /** The decision dialog for the selected line, not yet opened: for tests. */
    public DuplicateDecisionDialog dialog(int line, boolean merging) {
        return dialog(lines.get(line), merging);
    }

    private DuplicateDecisionDialog dialog(Line l, boolean merging) {
        return new DuplicateDecisionDialog(table.getShell(), complaints, l.complaint(), merging ? l.targets() : null,
                l.likely());
    }

    /** For tests. */
    public Table table() {
        return table;
    }

    /** For tests: the number of suspects shown. */
    public int count() {
        return lines.size();
    }

    /** For tests: the label above the table. */
    public String summaryText() {
        return summary.getText();
    }
}
