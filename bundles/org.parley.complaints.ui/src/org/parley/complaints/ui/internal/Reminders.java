package org.parley.complaints.ui.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.parley.complaints.DeadlineService;
import org.parley.core.model.Commitment;
import org.parley.core.service.CaseService;
import org.parley.core.service.Clock;
import org.parley.ui.workbench.CaseEditors;
import org.parley.ui.workbench.SignedIn;

/**
 * The workbench's watch over time, as an e4 add-on: every minute it reminds the signed-in user of promises
 * falling due within the lead time (each once per session), and every five minutes it escalates cases whose
 * deadline passed. Several desktops may do the same at once; the deadline service escalates each breach once.
 */
public class Reminders {

    /** Preference node and key of the reminder lead time, in minutes. */
    public static final String PREFERENCES = "org.parley.complaints.ui";
    public static final String LEAD_MINUTES = "reminder.leadMinutes";
    private static final int DEFAULT_LEAD_MINUTES = 30;
    private static final long MINUTE_MS = 60_000;
    private static final int ESCALATE_EVERY = 5;

    private Job job;
    private final Set<Long> reminded = new HashSet<>();
    private int round;

    /** How long before a promise falls due its owner is reminded. */
    static Duration leadTime() {
        int minutes = InstanceScope.INSTANCE.getNode(PREFERENCES).getInt(LEAD_MINUTES, DEFAULT_LEAD_MINUTES);
        return Duration.ofMinutes(Math.max(1, Math.min(24 * 60, minutes)));
    }

    @PostConstruct
    void start(MApplication application, UISynchronize ui) {
        IEclipseContext context = application.getContext();
        job = new Job(Messages.reminders_job) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    watch(context, ui);
                } catch (RuntimeException e) {
                    // the database may be unreachable for a while; the next round tries again
                    org.eclipse.core.runtime.ILog.of(Reminders.class).warn(Messages.reminders_job, e);
                }
                schedule(MINUTE_MS);
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.schedule(5_000);
    }

    @PreDestroy
    void stop() {
        if (job != null) {
            job.cancel();
        }
    }

    private void watch(IEclipseContext context, UISynchronize ui) {
        CaseService cases = context.get(CaseService.class);
        DeadlineService deadlines = context.get(DeadlineService.class);
        Clock clock = context.get(Clock.class);
        String login = (String) context.get(SignedIn.LOGIN);
        if (cases == null || deadlines == null || clock == null) {
            return;
        }
        if (round++ % ESCALATE_EVERY == 0) {
            deadlines.escalateBreached();
        }
        if (login == null) {
            return;
        }
        Instant until = clock.now().plus(leadTime());
        List<Commitment> due = cases.openCommitmentsOf(login, 50).stream()
                .filter(k -> k.getDueAt().isBefore(until) && !reminded.contains(k.getId())).toList();
        for (Commitment k : due) {
            reminded.add(k.getId());
            ui.asyncExec(() -> ReminderPopup.show(k, context.get(CaseEditors.class)));
        }
    }
}
