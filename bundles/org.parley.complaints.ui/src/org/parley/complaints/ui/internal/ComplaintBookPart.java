package org.parley.complaints.ui.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.parley.complaints.BookEntry;
import org.parley.complaints.BookQuery;
import org.parley.complaints.ChannelRegistry;
import org.parley.complaints.ComplaintBook;
import org.parley.complaints.EscalationLevel;
import org.parley.complaints.EscalationService;
import org.parley.complaints.InvestigationService;
import org.parley.complaints.RootCause;
import org.parley.complaints.extension.ComplaintChannel;
import org.parley.core.extension.CaseEvents;
import org.parley.core.model.CaseStatus;
import org.parley.ui.api.CaseText;
import org.parley.ui.workbench.CaseEditors;
import org.parley.ui.workbench.StoreCall;

/**
 * The complaint book: every complaint in the order received, filtered by period, channel, status, level and root
 * cause, read page by page as the table scrolls, and exported to CSV or a printable HTML file in the background.
 */
public class ComplaintBookPart {

    private static final int PAGE = 200;
    private static final String[] PERIODS = { Messages.book_periodAll, Messages.book_periodToday,
            Messages.book_period7, Messages.book_period30, Messages.book_periodYear };

    private final ComplaintBook book;
    private final ChannelRegistry channels;
    private final EscalationService escalation;
    private final InvestigationService investigations;
    private final CaseEditors editors;
    private final Locale locale = Locale.getDefault();

    private Combo period;
    private Combo channel;
    private Combo status;
    private Combo level;
    private Combo rootCause;
    private Label count;
    private Table table;
    private final List<String> channelCodes = new ArrayList<>();
    private final List<Integer> levelNumbers = new ArrayList<>();
    private final List<String> causeCodes = new ArrayList<>();
    private final Map<Integer, BookEntry> loaded = new HashMap<>();
    private final Map<Integer, Boolean> loading = new HashMap<>();
    private BookQuery query = BookQuery.all();
    private long generation;

    @Inject
    public ComplaintBookPart(ComplaintBook book, ChannelRegistry channels, EscalationService escalation,
            InvestigationService investigations, CaseEditors editors) {
        this.book = book;
        this.channels = channels;
        this.escalation = escalation;
        this.investigations = investigations;
        this.editors = editors;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(11, false));
        period = filter(parent, Messages.book_period, PERIODS);
        channel = filter(parent, Messages.book_channel, new String[] { Messages.book_any });
        for (ComplaintChannel c : channels.channels()) {
            channelCodes.add(c.code());
            channel.add(c.label(locale));
        }
        status = filter(parent, Messages.book_status, new String[] { Messages.book_any });
        for (CaseStatus s : CaseStatus.values()) {
            status.add(CaseText.status(s, locale));
        }
        level = filter(parent, Messages.book_level, new String[] { Messages.book_any });
        rootCause = filter(parent, Messages.book_rootCause, new String[] { Messages.book_any });
        count = new Label(parent, SWT.RIGHT);
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Composite exports = new Composite(parent, SWT.NONE);
        GridLayout exportsLayout = new GridLayout(2, false);
        exportsLayout.marginWidth = 0;
        exports.setLayout(exportsLayout);
        exports.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false, 11, 1));
        Button csv = new Button(exports, SWT.PUSH);
        csv.setText(Messages.book_exportCsv);
        csv.addListener(SWT.Selection, e -> export(false));
        Button html = new Button(exports, SWT.PUSH);
        html.setText(Messages.book_exportHtml);
        html.addListener(SWT.Selection, e -> export(true));

        table = new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 11, 1));
        String[] headers = { Messages.book_received, Messages.book_channel, Messages.book_reference, Messages.book_case,
                Messages.book_client, Messages.book_status, Messages.book_level, Messages.book_rootCause,
                Messages.book_words };
        int[] widths = { 140, 110, 150, 100, 170, 120, 110, 140, 420 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        table.addListener(SWT.SetData, this::fill);
        table.addListener(SWT.DefaultSelection, e -> {
            BookEntry entry = loaded.get(table.getSelectionIndex());
            if (entry != null) {
                editors.open(entry.caseId(), entry.caseNumber());
            }
        });
        // level names and root causes come from the database: filled in the background
        StoreCall.run(table, Messages.book_job, () -> new Object[] { escalation.levels(), investigations.rootCauses() },
                found -> {
                    @SuppressWarnings("unchecked")
                    List<EscalationLevel> levels = (List<EscalationLevel>) found[0];
                    for (EscalationLevel l : levels) {
                        levelNumbers.add(l.level());
                        level.add(l.name());
                    }
                    @SuppressWarnings("unchecked")
                    List<RootCause> causes = (List<RootCause>) found[1];
                    for (RootCause r : causes) {
                        causeCodes.add(r.code());
                        rootCause.add(r.name());
                    }
                });
        refresh();
    }

    private Combo filter(Composite parent, String label, String[] first) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(label);
        Combo c = new Combo(parent, SWT.READ_ONLY);
        for (String s : first) {
            c.add(s);
        }
        c.select(0);
        c.addListener(SWT.Selection, e -> refresh());
        return c;
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

    /** The filters as the user set them. */
    BookQuery query() {
        Instant from = switch (period.getSelectionIndex()) {
            case 1 -> LocalDate.now().atStartOfDay(ZoneId.systemDefault()).toInstant();
            case 2 -> Instant.now().minus(Duration.ofDays(7));
            case 3 -> Instant.now().minus(Duration.ofDays(30));
            case 4 -> LocalDate.now().withDayOfYear(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
            default -> null;
        };
        int c = channel.getSelectionIndex();
        int s = status.getSelectionIndex();
        int l = level.getSelectionIndex();
        int r = rootCause.getSelectionIndex();
        return new BookQuery(from, null, c > 0 ? channelCodes.get(c - 1) : null, s > 0 ? CaseStatus.values()[s - 1] : null,
                l > 0 ? levelNumbers.get(l - 1) : null, r > 0 ? causeCodes.get(r - 1) : null);
    }

    /** Counts the matching complaints again and lets the table fetch pages as it shows rows. */
    public void refresh() {
        if (table == null || table.isDisposed()) {
            return;
        }
        query = query();
        long expected = ++generation;
        BookQuery q = query;
        StoreCall.run(table, Messages.book_job, () -> book.count(q), n -> {
            if (expected != generation) {
                return;
            }
            loaded.clear();
            loading.clear();
            table.clearAll();
            table.setItemCount((int) Math.min(Integer.MAX_VALUE, n));
            count.setText(NLS.bind(Messages.book_count, n));
            count.getParent().layout();
        });
    }

    private void fill(Event event) {
        TableItem item = (TableItem) event.item;
        int index = event.index;
        BookEntry entry = loaded.get(index);
        if (entry == null) {
            int page = index / PAGE;
            if (loading.putIfAbsent(page, true) == null) {
                long expected = generation;
                BookQuery q = query;
                StoreCall.run(table, Messages.book_job, () -> book.page(q, page * PAGE, PAGE), rows -> {
                    if (expected != generation) {
                        return;
                    }
                    for (int i = 0; i < rows.size(); i++) {
                        loaded.put(page * PAGE + i, rows.get(i));
                    }
                    for (int i = 0; i < rows.size() && page * PAGE + i < table.getItemCount(); i++) {
                        table.clear(page * PAGE + i);
                    }
                });
            }
            item.setText(0, Messages.book_loading);
            return;
        }
        item.setText(new String[] { Format.moment(entry.receivedAt()), channelLabel(entry.channel()),
                entry.channelReference() == null ? "" : entry.channelReference(), entry.caseNumber(), entry.clientName(),
                CaseText.status(entry.status(), locale), levelLabel(entry.levelHandling()),
                entry.rootCause() == null ? "" : causeLabel(entry.rootCause()), Format.firstWords(entry.clientWords(), 140) });
    }

    private String channelLabel(String code) {
        return channels.find(code).map(c -> c.label(locale)).orElse(code);
    }

    private String levelLabel(int number) {
        int i = levelNumbers.indexOf(number);
        return i < 0 ? Integer.toString(number) : level.getItem(i + 1);
    }

    private String causeLabel(String code) {
        int i = causeCodes.indexOf(code);
        return i < 0 ? code : rootCause.getItem(i + 1);
    }

    private void export(boolean html) {
        FileDialog save = new FileDialog(table.getShell(), SWT.SAVE);
        save.setText(html ? Messages.book_exportHtml : Messages.book_exportCsv);
        save.setFilterExtensions(new String[] { html ? "*.html" : "*.csv" });
        save.setFileName(html ? "complaint-book.html" : "complaint-book.csv");
        save.setOverwrite(true);
        String chosen = save.open();
        if (chosen != null) {
            export(Path.of(chosen), html);
        }
    }

    /** Writes the book with the current filters to {@code target} in a job with progress; for tests too. */
    public Job export(Path target, boolean html) {
        BookQuery q = query;
        var display = table.getDisplay();
        Job job = new Job(NLS.bind(Messages.book_exporting, target.getFileName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
                Path partial = target.resolveSibling(target.getFileName() + ".partial");
                try {
                    try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                        if (html) {
                            book.exportHtml(q, locale, w);
                        } else {
                            book.exportCsv(q, w);
                        }
                    }
                    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
                    return Status.OK_STATUS;
                } catch (IOException | RuntimeException e) {
                    try {
                        Files.deleteIfExists(partial);
                    } catch (IOException ignored) {
                        // the partial file is left behind; the error below says what went wrong
                    }
                    display.asyncExec(() -> {
                        if (!table.isDisposed()) {
                            MessageDialog.openError(table.getShell(), Messages.book_exportFailedTitle,
                                    NLS.bind(Messages.book_exportFailed, target, e.getMessage()));
                        }
                    });
                    return Status.OK_STATUS;
                } finally {
                    monitor.done();
                }
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** The table: for tests. */
    public Table table() {
        return table;
    }

    /** The channel filter: for tests. */
    public Combo channelFilter() {
        return channel;
    }
}
