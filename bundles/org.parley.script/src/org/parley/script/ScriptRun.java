package org.parley.script;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.parley.core.model.Language;
import org.parley.script.internal.ScriptText;

/** A saved run of a script on a case, as a supervisor reviews it: the version used and every step taken. */
public record ScriptRun(long id, long caseId, long scriptId, String code, Language language, int version,
        String title, String agent, Instant startedAt, Instant finishedAt, boolean completed, List<RunStep> steps) {

    public ScriptRun {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public long elapsedSeconds() {
        return java.time.Duration.between(startedAt, finishedAt).toSeconds();
    }

    /** A span of a call as a call timer shows it: m:ss. */
    public static String clock(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /**
     * The run as a supervisor reviews it, in the user's language: a head line, then every step with the words of
     * the version used ({@code values} fill their placeholders; the agent is the one who ran it), the way chosen, the answer, the promise and the
     * note.
     */
    public String review(Map<String, String> values, Function<Instant, String> timeShown) {
        Map<String, String> filled = new java.util.HashMap<>(values);
        filled.putIfAbsent("agent", agent);
        StringBuilder out = new StringBuilder(ScriptText.get("review.head", timeShown.apply(startedAt), title, code,
                version, language.code(), agent, clock(elapsedSeconds()),
                ScriptText.get(completed ? "review.completed" : "review.stopped")));
        for (RunStep s : steps) {
            out.append('\n').append(ScriptText.get("review.step", s.position(), s.stepId(),
                    ScriptText.get("outcome." + s.outcome().name()),
                    s.prompt() == null ? "" : Script.fill(s.prompt(), filled).lines().findFirst().orElse("")));
            if (s.branch() != null) {
                out.append("\n      -> ").append(s.branch());
            }
            if (s.answer() != null) {
                out.append("\n      ").append(ScriptText.get("run.answer", s.answer()));
            }
            if (s.promiseDue() != null) {
                out.append("\n      ").append(ScriptText.get("review.promise", timeShown.apply(s.promiseDue())));
            }
            if (s.note() != null) {
                out.append("\n      ").append(ScriptText.get("run.note", s.note()));
            }
        }
        return out.toString();
    }

    /** One step as taken; {@code commitmentId} is the commitment a promise became (0 when none). */
    public record RunStep(int position, String stepId, String kind, String prompt, StepOutcome outcome, String note,
            String answer, String branch, long commitmentId, Instant promiseDue, long elapsedSeconds) {
    }
}
