package org.parley.script;

/**
 * How one agent uses one script over a period: runs, steps skipped or failed, promises made in runs and how many
 * were kept on time, and cases escalated after a run. Supervisors read them to coach, not to rank.
 */
public record CoachingFigures(String agent, String scriptCode, String title, long runs, long completedRuns,
        long stepsSkipped, long stepsFailed, long promises, long promisesKeptOnTime, long casesEscalatedAfter) {
}
