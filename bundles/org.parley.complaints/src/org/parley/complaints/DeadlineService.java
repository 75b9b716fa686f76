package org.parley.complaints;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.parley.core.model.Severity;

/**
 * Deadline policies, the working-day calendar and the deadlines of each case. Deadlines are counted in
 * business time (working days and hours, no holidays) and stop while the case waits for the client. They
 * follow the case by themselves: started when a case opens, met when it is acknowledged, called back
 * (an outgoing phone interaction or a kept call-back commitment) and resolved.
 */
public interface DeadlineService {

    List<DeadlinePolicy> policies();

    /** Creates ({@code id == 0}) or changes a policy; admins only. */
    DeadlinePolicy savePolicy(DeadlinePolicy policy);

    void deletePolicy(long policyId);

    /** The policy for this channel and severity: the most specific one, or the shipped default. */
    DeadlinePolicy policyFor(String channel, Severity severity);

    WorkCalendar calendar();

    /** Replaces the calendar; admins only. Running deadlines keep their due times. */
    WorkCalendar saveCalendar(WorkCalendar calendar);

    /** The instant {@code businessTime} of working time after {@code start}, by the current calendar. */
    Instant addBusinessTime(Instant start, Duration businessTime);

    /** Brings the case's deadlines in line with its state (start, pause, resume, meet); idempotent. */
    List<CaseDeadline> refresh(long caseId);

    /** The case's deadlines, acknowledge first. */
    List<CaseDeadline> deadlinesOf(long caseId);

    /** Open deadlines of cases the user owns, due before {@code until} (overdue included), soonest first. */
    List<CaseDeadline> dueFor(String login, Instant until, int limit);

    /**
     * Marks deadlines that passed as breached and escalates their cases one level up (once per deadline),
     * audited as automatic. Safe to run from several desktops at once.
     *
     * @return the number of cases escalated
     */
    int escalateBreached();
}
