package org.parley.script.ui.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.parley.core.model.Role;
import org.parley.core.model.User;
import org.parley.core.service.Clock;
import org.parley.core.service.UserService;
import org.parley.script.CoachingFigures;
import org.parley.script.ScriptRunService;
import org.parley.ui.workbench.SignedIn;
import org.parley.ui.workbench.StoreCall;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Coaching figures for supervisors: per agent and script, runs, steps skipped or failed, promises made in runs and
 * kept on time, and cases escalated after a run, over the last week, month or quarter.
 */
public class CoachingPart {

    private static final int[] DAYS = { 7, 30, 90 };

    private final ScriptRunService runs;
    private final UserService users;
    private final Clock clock;
    private String login;

    Combo period;
    Label summary;
    Table table;

    @Inject
    public CoachingPart(ScriptRunService runs, UserService users, Clock clock) {
        this.runs = runs;
        this.users = users;
        this.clock = clock;
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
        parent.setLayout(new GridLayout(4, false));
        new Label(parent, SWT.NONE).setText(Messages.coach_period);
        period = new Combo(parent, SWT.READ_ONLY);
        period.setItems(Messages.coach_last7, Messages.coach_last30, Messages.coach_last90);
        period.select(1);
        period.addListener(SWT.Selection, e -> refresh());
        Button again = new Button(parent, SWT.PUSH);
        again.setText(Messages.coach_refresh);
        again.addListener(SWT.Selection, e -> refresh());
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        String[] headers = { Messages.coach_agent, Messages.coach_script, Messages.coach_runs, Messages.coach_completed,
                Messages.coach_skipped, Messages.coach_failed, Messages.coach_promises, Messages.coach_keptOnTime,
                Messages.coach_escalated };
        int[] widths = { 140, 220, 60, 100, 120, 110, 90, 120, 130 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn c = new TableColumn(table, i < 2 ? SWT.LEFT : SWT.RIGHT);
            c.setText(headers[i]);
            c.setWidth(widths[i]);
        }
        refresh();
    }

    @Focus
    public void focus() {
        table.setFocus();
    }

    /** Reads the figures in the background; agents are told the figures are for their supervisors. */
    public void refresh() {
        String who = login;
        Instant to = clock.now();
        Instant from = to.minus(Duration.ofDays(DAYS[Math.max(0, period.getSelectionIndex())]));
        StoreCall.run(table, Messages.coach_loading, () -> {
            boolean supervisor = who != null && users.find(who).filter(User::isActive)
                    .map(u -> u.getRole() != Role.AGENT).orElse(false);
            return supervisor ? runs.coaching(from, to) : null;
        }, figures -> show(figures));
    }

    private void show(List<CoachingFigures> figures) {
        table.removeAll();
        if (figures == null) {
            summary.setText(Messages.coach_supervisorsOnly);
            return;
        }
        long total = 0;
        for (CoachingFigures f : figures) {
            total += f.runs();
            new TableItem(table, SWT.NONE).setText(new String[] { f.agent(), f.title(), Long.toString(f.runs()),
                    Long.toString(f.completedRuns()), Long.toString(f.stepsSkipped()), Long.toString(f.stepsFailed()),
                    Long.toString(f.promises()), percent(f.promisesKeptOnTime(), f.promises()),
                    Long.toString(f.casesEscalatedAfter()) });
        }
        summary.setText(figures.isEmpty() ? Messages.coach_none : NLS.bind(Messages.coach_summary, total));
        summary.getParent().layout(true);
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "\u2013" : part + " (" + Math.round(100.0 * part / whole) + "%)";
    }
}
