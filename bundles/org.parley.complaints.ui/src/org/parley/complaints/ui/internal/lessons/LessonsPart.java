package org.parley.complaints.ui.internal.lessons;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
import org.eclipse.swt.widgets.TableItem;
import org.parley.complaints.InvestigationService;
import org.parley.complaints.Lesson;
import org.parley.complaints.LessonService;
import org.parley.complaints.RootCause;
import org.parley.complaints.RootCauseTrend;
import org.parley.complaints.ui.internal.Format;
import org.parley.complaints.ui.internal.Labels;
import org.parley.complaints.ui.internal.Messages;
import org.parley.complaints.ui.internal.PageLayout;
import org.parley.core.extension.CaseEvents;
import org.parley.core.model.User;
import org.parley.core.service.UserService;
import org.parley.ui.workbench.StoreCall;

/**
 * The lessons register: root causes across cases with the number of cases in the last six months and a bar per
 * month, and each lesson with its owner, corrective action and how far it got.
 */
public class LessonsPart {

    private static final int MONTHS = 6;
    private static final String[] BARS = { "\u2581", "\u2582", "\u2583", "\u2584", "\u2585", "\u2586", "\u2587", "\u2588" };

    record View(List<Lesson> lessons, List<RootCauseTrend> trends, List<RootCause> causes, List<User> users) {
    }

    private final LessonService lessons;
    private final InvestigationService investigations;
    private final UserService users;
    private Table causes;
    private Table register;
    private Label summary;
    private View view;

    @Inject
    public LessonsPart(LessonService lessons, InvestigationService investigations, UserService users) {
        this.lessons = lessons;
        this.investigations = investigations;
        this.users = users;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(3, false));
        summary = new Label(parent, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button add = new Button(parent, SWT.PUSH);
        add.setText(Messages.lesson_new);
        add.addListener(SWT.Selection, e -> edit(null));
        Button change = new Button(parent, SWT.PUSH);
        change.setText(Messages.lesson_edit);
        change.addListener(SWT.Selection, e -> {
            int i = register.getSelectionIndex();
            if (i >= 0 && view != null) {
                edit(view.lessons().get(i));
            }
        });
        PageLayout.heading(parent, Messages.lesson_trends, 3);
        causes = PageLayout.table(parent, 3, 6, new String[] { Messages.lesson_cause, Messages.lesson_cases,
                Messages.lesson_trend }, new int[] { 240, 120, 260 });
        PageLayout.heading(parent, Messages.lesson_register, 3);
        register = PageLayout.table(parent, 3, 0, new String[] { Messages.lesson_title, Messages.lesson_cause,
                Messages.lesson_owner, Messages.lesson_status, Messages.lesson_casesLinked, Messages.lesson_action },
                new int[] { 330, 150, 120, 110, 60, 420 });
        register.addListener(SWT.DefaultSelection, e -> {
            int i = register.getSelectionIndex();
            if (i >= 0 && view != null) {
                edit(view.lessons().get(i));
            }
        });
        refresh();
    }

    @Focus
    public void focus() {
        register.setFocus();
    }

    @Inject
    @Optional
    void caseChanged(@UIEventTopic(CaseEvents.TOPIC_ALL) org.osgi.service.event.Event event) {
        refresh();
    }

    public void refresh() {
        if (register == null || register.isDisposed()) {
            return;
        }
        YearMonth to = YearMonth.now();
        StoreCall.run(register, Messages.lesson_job, () -> new View(lessons.lessons(), lessons.trends(to.minusMonths(MONTHS - 1), to),
                investigations.rootCauses(), users.list()), this::show);
    }

    private void show(View v) {
        view = v;
        Map<String, String> names = new HashMap<>();
        v.causes().forEach(r -> names.put(r.code(), r.name()));
        causes.removeAll();
        for (RootCauseTrend t : v.trends()) {
            long max = t.perMonth().values().stream().mapToLong(Long::longValue).max().orElse(1);
            StringBuilder bars = new StringBuilder();
            for (long n : t.perMonth().values()) {
                bars.append(n == 0 ? "\u00b7" : BARS[(int) Math.min(BARS.length - 1, (n * (BARS.length - 1)) / Math.max(1, max))]);
                bars.append(' ');
            }
            List<String> counts = new ArrayList<>();
            t.perMonth().values().forEach(n -> counts.add(Long.toString(n)));
            new TableItem(causes, SWT.NONE).setText(new String[] { t.name(), Long.toString(t.total()),
                    bars + "  (" + String.join(", ", counts) + ")" });
        }
        register.removeAll();
        for (Lesson l : v.lessons()) {
            new TableItem(register, SWT.NONE).setText(new String[] { l.title(), names.getOrDefault(l.rootCause(), l.rootCause()),
                    l.ownerLogin() == null ? "" : l.ownerLogin(), Labels.status(l.status()), Long.toString(l.caseCount()),
                    Format.firstWords(l.correctiveAction(), 120) });
        }
        summary.setText(NLS.bind(Messages.lesson_summary, v.lessons().size(), MONTHS));
        summary.getParent().layout();
    }

    private void edit(Lesson lesson) {
        if (view == null) {
            return;
        }
        LessonDialog dialog = new LessonDialog(register.getShell(), lessons, view.causes(), view.users(), lesson);
        dialog.onStored(saved -> refresh());
        dialog.open();
    }

    /** The register table: for tests. */
    public Table register() {
        return register;
    }
}
