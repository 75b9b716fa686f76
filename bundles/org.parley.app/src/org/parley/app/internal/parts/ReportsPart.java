package org.parley.app.internal.parts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.parley.app.internal.Messages;
import org.parley.core.extension.Report;
import org.parley.format.CsvWriter;
import org.parley.ui.workbench.ServiceList;
import org.parley.ui.workbench.StoreCall;

/**
 * Runs the reports bundles register as {@link Report} services: choose one, give the period, run it in the
 * background and read the result in a table, or export it to a CSV file. The choice follows the registered
 * services, so a report appears and disappears as its bundle starts and stops.
 */
public class ReportsPart {

    private final Locale locale = Locale.getDefault();
    private final List<Report> reports = new ArrayList<>();
    private ServiceList<Report> tracked;

    private Combo choice;
    private DateTime from;
    private DateTime to;
    private Button run;
    private Button export;
    private Label status;
    private Table table;

    /** The report and period the table shows, with its rows; null until a report ran. */
    private Result shown;
    private Job running;

    record Result(Report report, LocalDate from, LocalDate to, List<String> columns, List<List<String>> rows) {
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(8, false));
        new Label(parent, SWT.NONE).setText(Messages.reports_report);
        choice = new Combo(parent, SWT.READ_ONLY);
        choice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 7, 1));
        choice.addListener(SWT.Selection, e -> enable());
        new Label(parent, SWT.NONE).setText(Messages.reports_from);
        from = new DateTime(parent, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN | SWT.BORDER);
        new Label(parent, SWT.NONE).setText(Messages.reports_to);
        to = new DateTime(parent, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN | SWT.BORDER);
        LocalDate first = LocalDate.now().withDayOfMonth(1);
        set(from, first);
        set(to, first.plusMonths(1).minusDays(1));
        from.addListener(SWT.Selection, e -> enable());
        to.addListener(SWT.Selection, e -> enable());
        new Label(parent, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        run = new Button(parent, SWT.PUSH);
        run.setText(Messages.reports_run);
        run.addListener(SWT.Selection, e -> run());
        export = new Button(parent, SWT.PUSH);
        export.setText(Messages.reports_export);
        export.addListener(SWT.Selection, e -> chooseExportFile());
        new Label(parent, SWT.NONE);
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 8, 1));
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 8, 1));
        tracked = ServiceList.track(ReportsPart.class, Report.class, choice,
                Comparator.comparing((Report r) -> r.label(locale)).thenComparing(Report::id), this::offer);
        offer(tracked.current());
    }

    @Focus
    public void focus() {
        choice.setFocus();
    }

    /** The choice of report: for tests that drive the view like a user. */
    public Combo choice() {
        return choice;
    }

    /** The period's first day. */
    public DateTime from() {
        return from;
    }

    /** The period's last day. */
    public DateTime to() {
        return to;
    }

    /** The Run button. */
    public Button runButton() {
        return run;
    }

    /** The line saying what the view is doing or what is wrong. */
    public Label status() {
        return status;
    }

    /** The result. */
    public Table table() {
        return table;
    }

    @PreDestroy
    void close() {
        if (tracked != null) {
            tracked.close();
        }
        if (running != null) {
            running.cancel();
        }
    }

    /** Shows the registered reports, keeping the chosen one chosen while it stays registered. */
    void offer(List<Report> now) {
        if (choice.isDisposed()) {
            return;
        }
        Report chosen = chosen();
        reports.clear();
        reports.addAll(now);
        choice.removeAll();
        for (Report r : reports) {
            choice.add(r.label(locale));
        }
        int again = chosen == null ? -1 : reports.indexOf(chosen);
        if (again < 0 && !reports.isEmpty()) {
            again = 0;
        }
        if (again >= 0) {
            choice.select(again);
        }
        if (chosen != null && !reports.contains(chosen)) {
            status(NLS.bind(Messages.reports_gone, chosen.label(locale)), true);
        } else if (reports.isEmpty()) {
            status(Messages.reports_none, false);
        } else if (shown == null && running == null) {
            status(Messages.reports_hint, false);
        }
        enable();
    }

    private Report chosen() {
        int i = choice.getSelectionIndex();
        return i < 0 || i >= reports.size() ? null : reports.get(i);
    }

    /** Why the period cannot be run, or null when it can. */
    String periodProblem() {
        LocalDate f = get(from);
        LocalDate t = get(to);
        return t.isBefore(f) ? NLS.bind(Messages.reports_backwards, f, t) : null;
    }

    private void enable() {
        String problem = periodProblem();
        run.setEnabled(chosen() != null && problem == null && running == null);
        export.setEnabled(shown != null && running == null);
        if (problem != null) {
            status(problem, true);
        } else if (status.getData() == Boolean.TRUE && running == null && !reports.isEmpty()) {
            // the period is right again: the earlier complaint no longer applies
            status(shown == null ? Messages.reports_hint : summary(shown), false);
        }
    }

    /** Runs the chosen report over the period in a job; the table shows its rows when it is done. */
    void run() {
        Report report = chosen();
        String problem = periodProblem();
        if (report == null || problem != null) {
            status(problem == null ? Messages.reports_none : problem, true);
            return;
        }
        LocalDate f = get(from);
        LocalDate t = get(to);
        String label = report.label(locale);
        status(NLS.bind(Messages.reports_running, label), false);
        running = StoreCall.run(table, NLS.bind(Messages.reports_job, label),
                () -> new Result(report, f, t, report.columns(locale), report.rows(f, t, locale)), r -> {
                    running = null;
                    show(r);
                }, e -> {
                    running = null;
                    status(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), true);
                    enable();
                });
        enable();
    }

    private void show(Result r) {
        shown = r;
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn c : table.getColumns()) {
                c.dispose();
            }
            for (String heading : r.columns()) {
                TableColumn c = new TableColumn(table, SWT.LEFT);
                c.setText(heading);
            }
            for (List<String> row : r.rows()) {
                TableItem item = new TableItem(table, SWT.NONE);
                for (int i = 0; i < row.size() && i < r.columns().size(); i++) {
                    item.setText(i, row.get(i) == null ? "" : row.get(i));
                }
            }
            for (TableColumn c : table.getColumns()) {
                c.pack();
                c.setWidth(c.getWidth() + 16);
            }
        } finally {
            table.setRedraw(true);
        }
        status(summary(r), false);
        enable();
    }

    private String summary(Result r) {
        return NLS.bind(Messages.reports_done, new Object[] { r.report().label(locale), r.from(), r.to(),
                r.rows().size() });
    }

    private void chooseExportFile() {
        if (shown == null) {
            return;
        }
        FileDialog dialog = new FileDialog(table.getShell(), SWT.SAVE);
        dialog.setText(Messages.reports_export);
        dialog.setFilterExtensions(new String[] { "*.csv", "*" });
        dialog.setFileName(shown.report().id() + "-" + shown.from() + "-" + shown.to() + ".csv");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            export(Path.of(file));
        }
    }

    /** Writes the rows shown, under their headings, to {@code file} as UTF-8 CSV and says so. */
    public void export(Path file) {
        try {
            Files.writeString(file, CsvWriter.table(shown.columns(), shown.rows()), StandardCharsets.UTF_8);
            status(NLS.bind(Messages.reports_exported, shown.rows().size(), file), false);
        } catch (IOException | UncheckedIOException e) {
            status(NLS.bind(Messages.reports_exportFailed, file, e.getMessage()), true);
        }
    }

    private void status(String text, boolean problem) {
        status.setText(text);
        status.setData(problem);
        status.setForeground(problem ? status.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
        status.getParent().layout(true);
    }

    private static void set(DateTime field, LocalDate day) {
        field.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
    }

    private static LocalDate get(DateTime field) {
        return LocalDate.of(field.getYear(), field.getMonth() + 1, field.getDay());
    }
}
