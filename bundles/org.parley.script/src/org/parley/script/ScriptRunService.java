package org.parley.script;

import java.time.Instant;
import java.util.List;

/** Saves and reads the runs of scripts on cases, and the coaching figures built from them. */
public interface ScriptRunService {

    /**
     * Saves a finished run in one transaction: its steps, each promise as a commitment on the case with its due
     * time, and a summary of the call on the case timeline.
     *
     * @throws org.parley.core.service.InvalidInputException when a step is not in the script version, a promise
     *         has no due time or the case is closed; nothing is saved then
     */
    ScriptRun save(RunDraft draft);

    /** The runs on a case, newest first. */
    List<ScriptRun> runsOf(long caseId);

    ScriptRun run(long runId);

    /** Figures per agent and script for runs started in {@code [from, to)}, by agent then script. */
    List<CoachingFigures> coaching(Instant from, Instant to);
}
