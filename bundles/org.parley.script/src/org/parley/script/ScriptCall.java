package org.parley.script;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.parley.core.model.CommitmentKind;
import org.parley.core.service.InvalidInputException;
import org.parley.script.RunDraft.StepRecord;
import org.parley.script.internal.ScriptText;
import org.parley.script.internal.TimeSpans;

/**
 * A script being run on a call, one step at a time: which step is up, how each step taken went, and the time each
 * took. Marking a step moves to the next one (for a branch, to the step the chosen way leads to); {@link #back()}
 * takes the last mark back. When the call is over, {@link #draft} is what {@link ScriptRunService#save} stores.
 * Not thread-safe: one call, one agent.
 */
public final class ScriptCall {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StoredScript stored;
    private final long caseId;
    private final Map<String, String> values;
    private final Function<Instant, String> timeShown;
    private final Instant startedAt;
    private final List<StepRecord> taken = new ArrayList<>();
    private final List<Instant> shownAt = new ArrayList<>();
    private Step current;
    private boolean stopped;

    /**
     * @param values what the placeholders of the prompts stand for on this case ({@link Script#PLACEHOLDERS})
     */
    public ScriptCall(StoredScript stored, long caseId, Map<String, String> values, Instant startedAt) {
        this(stored, caseId, values, startedAt,
                at -> SHOWN.format(at.atZone(java.time.ZoneId.systemDefault())));
    }

    /**
     * @param timeShown how a promised time is said in later prompts ("we will be in touch by {time}"), e.g. in the
     *        user's date format
     */
    public ScriptCall(StoredScript stored, long caseId, Map<String, String> values, Instant startedAt,
            Function<Instant, String> timeShown) {
        this.stored = stored;
        this.caseId = caseId;
        this.values = new HashMap<>(values);
        this.timeShown = timeShown;
        this.startedAt = startedAt;
        this.current = stored.script().steps().isEmpty() ? null : stored.script().steps().get(0);
        shownAt.add(startedAt);
    }

    public StoredScript script() {
        return stored;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** The step up now, or null when the call reached the end of the script. */
    public Step current() {
        return current;
    }

    public boolean finished() {
        return current == null;
    }

    /** The current step's prompt with the case's values filled in. */
    public String prompt() {
        return current == null ? null : Script.fill(current.prompt(), values);
    }

    /**
     * A promise step's words with its due time filled in: {@code {time}} as {@code time} shows it, {@code {hours}}
     * as the span until then said in the script's language ("2 hours", "2 часа").
     */
    public String promise(Step step, String time, Duration until) {
        Map<String, String> v = new HashMap<>(values);
        v.put("time", time);
        v.put("hours", TimeSpans.say(until, stored.script().language()));
        return Script.fill(step.prompt(), v);
    }

    public List<StepRecord> taken() {
        return List.copyOf(taken);
    }

    /** When the current step came up. */
    public Instant currentSince() {
        return shownAt.get(shownAt.size() - 1);
    }

    /**
     * The current step went as planned.
     *
     * @param branch for a branch step, the index of the way chosen
     * @param promiseDue for a step capturing a promise, when it is due
     * @throws InvalidInputException when a branch step has no way chosen or a promise no due time
     */
    public void done(Instant at, String note, String answer, int branch, Instant promiseDue, CommitmentKind kind,
            String promiseText) {
        Step step = requireCurrent();
        String way = null;
        String next = step.next();
        if (StepKinds.BRANCH.equals(step.kind()) || !step.branches().isEmpty()) {
            if (branch < 0 || branch >= step.branches().size()) {
                throw new InvalidInputException("branch", ScriptText.get("call.chooseWay", step.id()));
            }
            way = step.branches().get(branch).label();
            next = step.branches().get(branch).target();
        }
        if (step.capture() == Step.Capture.PROMISE && promiseDue == null) {
            throw new InvalidInputException("promiseDue", ScriptText.get("run.promiseNoTime", step.id()));
        }
        if (step.capture() == Step.Capture.PROMISE) {
            // later steps repeat the promised time ("we will be in touch by {time}")
            values.put("time", timeShown.apply(promiseDue));
            values.put("hours", TimeSpans.say(Duration.between(at, promiseDue), stored.script().language()));
        }
        take(at, new StepRecord(step.id(), StepOutcome.DONE, note, step.capture() == Step.Capture.ANSWER ? answer : null,
                way, step.capture() == Step.Capture.PROMISE ? promiseDue : null, kind,
                step.capture() == Step.Capture.PROMISE ? promiseText : null, seconds(at)), next);
    }

    /**
     * The current step was left out or did not work. A branch step cannot be passed over: the call needs a way to
     * go on.
     */
    public void pass(Instant at, StepOutcome outcome, String note) {
        Step step = requireCurrent();
        if (outcome == StepOutcome.DONE) {
            throw new IllegalArgumentException("use done()");
        }
        if (StepKinds.BRANCH.equals(step.kind())) {
            throw new InvalidInputException("branch", ScriptText.get("call.chooseWay", step.id()));
        }
        take(at, new StepRecord(step.id(), outcome, note, null, null, null, null, null, seconds(at)), step.next());
    }

    /**
     * The call ends before the script does. What the agent wrote at the step that was up is kept with it, marked
     * skipped; the run is saved as stopped early.
     */
    public void stop(Instant at, String note, String answer) {
        if (stopped) {
            return;
        }
        if (current != null && (!blank(note) || !blank(answer))) {
            taken.add(new StepRecord(current.id(), StepOutcome.SKIPPED, blank(note) ? null : note,
                    current.capture() == Step.Capture.ANSWER && !blank(answer) ? answer : null, null, null, null, null,
                    seconds(at)));
            shownAt.add(at);
        }
        stopped = true;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Takes the last mark back: that step is up again. */
    public void back() {
        if (taken.isEmpty()) {
            return;
        }
        StepRecord last = taken.remove(taken.size() - 1);
        if (last.promiseDue() != null) {
            values.remove("time");
            values.remove("hours");
        }
        shownAt.remove(shownAt.size() - 1);
        current = stored.script().step(last.stepId());
    }

    /** The run to save; {@code completed} when the call reached the end of the script. */
    public RunDraft draft(Instant finishedAt) {
        return new RunDraft(caseId, stored.id(), startedAt, finishedAt, finished() && !stopped, taken);
    }

    private void take(Instant at, StepRecord record, String next) {
        taken.add(record);
        shownAt.add(at);
        current = next == null || next.isBlank() ? null : stored.script().step(next);
    }

    private long seconds(Instant at) {
        return Math.max(0, Duration.between(currentSince(), at).toSeconds());
    }

    private Step requireCurrent() {
        if (current == null) {
            throw new IllegalStateException("The call has reached the end of the script");
        }
        return current;
    }
}
