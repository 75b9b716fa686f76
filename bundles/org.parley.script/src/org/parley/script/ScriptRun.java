package org.parley.script;

import java.time.Instant;
import java.util.List;

import org.parley.core.model.Language;

/** A saved run of a script on a case, as a supervisor reviews it: the version used and every step taken. */
public record ScriptRun(long id, long caseId, long scriptId, String code, Language language, int version,
        String title, String agent, Instant startedAt, Instant finishedAt, boolean completed, List<RunStep> steps) {

    public ScriptRun {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public long elapsedSeconds() {
        return java.time.Duration.between(startedAt, finishedAt).toSeconds();
    }

    /** One step as taken; {@code commitmentId} is the commitment a promise became (0 when none). */
    public record RunStep(int position, String stepId, String kind, String prompt, StepOutcome outcome, String note,
            String answer, String branch, long commitmentId, Instant promiseDue, long elapsedSeconds) {
    }
}
