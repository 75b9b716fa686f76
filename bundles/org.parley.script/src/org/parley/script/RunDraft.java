package org.parley.script;

import java.time.Instant;
import java.util.List;

import org.parley.core.model.CommitmentKind;

/**
 * A run of a script on a case as the agent finished it: the version used, the steps in the order they were taken,
 * and whether the call reached the end of the script ({@code completed}) or was stopped early.
 */
public record RunDraft(long caseId, long scriptId, Instant startedAt, Instant finishedAt, boolean completed,
        List<StepRecord> steps) {

    public RunDraft {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /**
     * One step taken: how it went, the agent's note, the client's answer (for a step that captures one), the branch
     * chosen, and for a promise the due time, the kind and the words of the promise.
     */
    public record StepRecord(String stepId, StepOutcome outcome, String note, String answer, String branch,
            Instant promiseDue, CommitmentKind promiseKind, String promiseText, long elapsedSeconds) {
    }
}
