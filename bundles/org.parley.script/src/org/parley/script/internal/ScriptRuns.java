package org.parley.script.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.core.model.Case;
import org.parley.core.model.Commitment;
import org.parley.core.model.CommitmentKind;
import org.parley.core.model.Direction;
import org.parley.core.model.Interaction;
import org.parley.core.model.Language;
import org.parley.core.service.CaseService;
import org.parley.core.service.Clock;
import org.parley.core.service.CommitmentDraft;
import org.parley.core.service.InteractionDraft;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.NotFoundException;
import org.parley.core.service.Store;
import org.parley.script.CoachingFigures;
import org.parley.script.RunDraft;
import org.parley.script.RunDraft.StepRecord;
import org.parley.script.Script;
import org.parley.script.ScriptLibrary;
import org.parley.script.ScriptRun;
import org.parley.script.ScriptRun.RunStep;
import org.parley.script.ScriptRunService;
import org.parley.script.Step;
import org.parley.script.StepOutcome;
import org.parley.script.StoredScript;

/**
 * Runs of scripts on cases. A run is saved whole when the agent finishes the call: steps, promises as commitments
 * and the call on the timeline commit together or not at all.
 */
@Component(service = ScriptRunService.class)
public class ScriptRuns implements ScriptRunService {

    /** The channel a scripted call is recorded on. */
    static final String CALL_CHANNEL = "phone";
    private static final int TEXT_MAX = 4000;

    private final Store store;
    private final CaseService cases;
    private final ScriptLibrary library;
    private final Clock clock;

    @Activate
    public ScriptRuns(@Reference Store store, @Reference CaseService cases, @Reference ScriptLibrary library,
            @Reference Clock clock) {
        this.store = store;
        this.cases = cases;
        this.library = library;
        this.clock = clock;
    }

    @Override
    public ScriptRun save(RunDraft d) {
        if (d == null) {
            throw new InvalidInputException("run", ScriptText.get("run.missing"));
        }
        Case c = cases.find(d.caseId()).orElseThrow(
                () -> new NotFoundException("case", ScriptText.get("run.noSuchCase", d.caseId())));
        if (!c.getStatus().isOpen()) {
            throw new InvalidInputException("case", ScriptText.get("run.caseClosed", c.getNumber()));
        }
        StoredScript stored = library.byId(d.scriptId());
        Script script = stored.script();
        if (d.startedAt() == null || d.finishedAt() == null || d.finishedAt().isBefore(d.startedAt())) {
            throw new InvalidInputException("finishedAt", ScriptText.get("run.badTimes"));
        }
        if (d.steps().isEmpty()) {
            throw new InvalidInputException("steps", ScriptText.get("run.noSteps"));
        }
        Instant now = clock.now();
        for (StepRecord r : d.steps()) {
            Step step = script.step(r.stepId());
            if (step == null) {
                throw new InvalidInputException("steps", ScriptText.get("run.unknownStep", r.stepId(), script.code(),
                        script.version()));
            }
            if (r.outcome() == null) {
                throw new InvalidInputException("outcome", ScriptText.get("run.noOutcome", r.stepId()));
            }
            longest("note", r.note(), r.stepId());
            longest("answer", r.answer(), r.stepId());
            if (promises(step, r)) {
                if (r.promiseDue() == null) {
                    throw new InvalidInputException("promiseDue", ScriptText.get("run.promiseNoTime", r.stepId()));
                }
                if (!r.promiseDue().isAfter(now)) {
                    throw new InvalidInputException("promiseDue", ScriptText.get("run.promisePast", r.stepId()));
                }
            }
            if (r.elapsedSeconds() < 0) {
                throw new InvalidInputException("elapsedSeconds", ScriptText.get("run.badTimes"));
            }
        }
        String agent = store.actor();
        long runId = store.inTransaction(() -> {
            ScriptRunEntry run = new ScriptRunEntry();
            run.caseId = d.caseId();
            run.scriptId = stored.id();
            run.agent = agent;
            run.startedAt = d.startedAt();
            run.finishedAt = d.finishedAt();
            run.completed = d.completed();
            for (StepRecord r : d.steps()) {
                run.stepsSkipped += r.outcome() == StepOutcome.SKIPPED ? 1 : 0;
                run.stepsFailed += r.outcome() == StepOutcome.FAILED ? 1 : 0;
                run.promises += promises(script.step(r.stepId()), r) ? 1 : 0;
            }
            store.write(em -> {
                em.persist(run);
                em.flush();
                return null;
            });
            int position = 0;
            List<Long> promised = new ArrayList<>();
            for (StepRecord r : d.steps()) {
                Step step = script.step(r.stepId());
                ScriptRunStepEntry e = new ScriptRunStepEntry();
                e.runId = run.id;
                e.position = ++position;
                e.stepId = r.stepId();
                e.outcome = r.outcome().name();
                e.note = blankToNull(r.note());
                e.answer = blankToNull(r.answer());
                e.branch = blankToNull(r.branch());
                e.elapsedSeconds = r.elapsedSeconds();
                if (promises(step, r)) {
                    String words = blankToNull(r.promiseText()) != null ? r.promiseText().strip()
                            : Script.fill(step.prompt(), Map.of("time", r.promiseDue().toString()));
                    Commitment made = cases.addCommitment(d.caseId(), new CommitmentDraft(
                            r.promiseKind() == null ? CommitmentKind.CALL_BACK : r.promiseKind(),
                            words.length() > 2000 ? words.substring(0, 2000) : words, r.promiseDue(), null));
                    e.commitmentId = made.getId();
                    e.promiseDue = r.promiseDue();
                    promised.add(made.getId());
                }
                store.write(em -> {
                    em.persist(e);
                    return null;
                });
            }
            store.jdbc(connection -> {
                try (PreparedStatement p = connection.prepareStatement("INSERT INTO script_promise (commitment_id, run_id,"
                        + " agent_login, script_id, started_at) VALUES (?, ?, ?, ?, ?)")) {
                    for (long commitment : promised) {
                        p.setLong(1, commitment);
                        p.setLong(2, run.id);
                        p.setString(3, agent);
                        p.setLong(4, stored.id());
                        p.setTimestamp(5, Timestamp.from(d.startedAt()));
                        p.executeUpdate();
                    }
                }
                return null;
            });
            Interaction call = cases.addInteraction(d.caseId(), new InteractionDraft(CALL_CHANNEL, Direction.OUTBOUND,
                    d.finishedAt(), null, summary(script, d)));
            run.interactionId = call.getId();
            store.write(em -> em.merge(run));
            store.audit("script.run", "case", d.caseId(), null, "{\"run\":" + run.id + ",\"script\":\"" + script.code()
                    + "\",\"version\":" + script.version() + ",\"language\":\"" + script.language().code() + "\"}", null);
            return run.id;
        });
        return run(runId);
    }

    private static boolean promises(Step step, StepRecord r) {
        return step.capture() == Step.Capture.PROMISE && r.outcome() == StepOutcome.DONE;
    }

    private static void longest(String field, String value, String stepId) {
        if (value != null && value.length() > TEXT_MAX) {
            throw new InvalidInputException(field, ScriptText.get("run.tooLong", stepId, TEXT_MAX, value.length()));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The call as it reads on the timeline: the script, the time it took, and every step with note and answer. */
    static String summary(Script script, RunDraft d) {
        long seconds = java.time.Duration.between(d.startedAt(), d.finishedAt()).toSeconds();
        StringBuilder out = new StringBuilder(ScriptText.get(d.completed() ? "run.summary" : "run.summaryStopped",
                script.title(), script.code(), script.version(), script.language().code(), ScriptRun.clock(seconds)));
        int n = 0;
        for (StepRecord r : d.steps()) {
            out.append('\n').append(++n).append(". ").append(r.stepId()).append(" \u2014 ")
                    .append(ScriptText.get("outcome." + r.outcome().name()));
            if (blankToNull(r.branch()) != null) {
                out.append(": ").append(r.branch().strip());
            }
            if (blankToNull(r.answer()) != null) {
                out.append("; ").append(ScriptText.get("run.answer", r.answer().strip()));
            }
            if (r.promiseDue() != null && r.outcome() == StepOutcome.DONE) {
                out.append("; ").append(ScriptText.get("run.promise", r.promiseDue().toString()));
            }
            if (blankToNull(r.note()) != null) {
                out.append("; ").append(ScriptText.get("run.note", r.note().strip()));
            }
        }
        return out.length() > 20000 ? out.substring(0, 19999) + "\u2026" : out.toString();
    }

    @Override
    public List<ScriptRun> runsOf(long caseId) {
        return runs("WHERE case_id = ? ORDER BY started_at DESC, id DESC", caseId);
    }

    @Override
    public ScriptRun run(long runId) {
        List<ScriptRun> found = runs("WHERE id = ?", runId);
        if (found.isEmpty()) {
            throw new NotFoundException("run", ScriptText.get("run.noSuch", runId));
        }
        return found.get(0);
    }

    private List<ScriptRun> runs(String where, long key) {
        record Row(long id, long caseId, long scriptId, String agent, Instant started, Instant finished, boolean done) {
        }
        return store.jdbc(c -> {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, case_id, script_id, agent_login, started_at,"
                    + " finished_at, completed FROM script_run " + where)) {
                p.setLong(1, key);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                                rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), rs.getBoolean(7)));
                    }
                }
            }
            List<ScriptRun> found = new ArrayList<>();
            Map<Long, Script> versions = new HashMap<>();
            for (Row r : rows) {
                // the version the run used, even when newer ones exist or it was retired since
                Script script = versions.computeIfAbsent(r.scriptId(), id -> library.byId(id).script());
                List<RunStep> steps = new ArrayList<>();
                try (PreparedStatement p = c.prepareStatement("SELECT position, step_id, outcome, note, answer, branch,"
                        + " commitment_id, promise_due, elapsed_seconds FROM script_run_step WHERE run_id = ?"
                        + " ORDER BY position")) {
                    p.setLong(1, r.id());
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            Step step = script.step(rs.getString(2));
                            Timestamp due = rs.getTimestamp(8);
                            steps.add(new RunStep(rs.getInt(1), rs.getString(2), step == null ? null : step.kind(),
                                    step == null ? null : step.prompt(), StepOutcome.valueOf(rs.getString(3)),
                                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7),
                                    due == null ? null : due.toInstant(), rs.getLong(9)));
                        }
                    }
                }
                found.add(new ScriptRun(r.id(), r.caseId(), r.scriptId(), script.code(), script.language(),
                        script.version(), script.title(), r.agent(), r.started(), r.finished(), r.done(), steps));
            }
            return found;
        });
    }

    @Override
    public List<CoachingFigures> coaching(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidInputException("period", ScriptText.get("coaching.badPeriod"));
        }
        Map<String, long[]> figures = new LinkedHashMap<>();
        // one pass over the runs of the period (index on started_at); the promises kept and the escalations are
        // looked up per run through indexes, so the cost follows the period, not the size of the history
        store.jdbc(c -> {
            // by version id, not joined to the versions: the planner then reads the runs by their start time
            Map<Long, String> codes = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT agent, script_id, COUNT(*),"
                    + " SUM(CASE WHEN completed THEN 1 ELSE 0 END), SUM(steps_skipped), SUM(steps_failed),"
                    + " SUM(promises) FROM (SELECT r.agent_login AS agent,"
                    + " r.script_id AS script_id, r.completed AS completed, r.steps_skipped AS steps_skipped,"
                    + " r.steps_failed AS steps_failed, r.promises AS promises"
                    + " FROM script_run r WHERE r.started_at >= ? AND r.started_at < ?) x GROUP BY agent, script_id")) {
                p.setTimestamp(1, Timestamp.from(from));
                p.setTimestamp(2, Timestamp.from(to));
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        String code = codes.computeIfAbsent(rs.getLong(2), id -> library.byId(id).code());
                        long[] f = figures.computeIfAbsent(rs.getString(1) + "\t" + code, k -> new long[7]);
                        for (int i = 0; i < 5; i++) {
                            f[i] += rs.getLong(i + 3);
                        }
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("SELECT p.agent_login, p.script_id, COUNT(*)"
                    + " FROM script_promise p JOIN commitment m ON m.id = p.commitment_id"
                    + " WHERE p.started_at >= ? AND p.started_at < ? AND m.state = 'KEPT' AND m.settled_at <= m.due_at"
                    + " GROUP BY p.agent_login, p.script_id")) {
                p.setTimestamp(1, Timestamp.from(from));
                p.setTimestamp(2, Timestamp.from(to));
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        String code = codes.computeIfAbsent(rs.getLong(2), id -> library.byId(id).code());
                        figures.computeIfAbsent(rs.getString(1) + "\t" + code, k -> new long[7])[5] += rs.getLong(3);
                    }
                }
            }
            // a case escalated after calls with two versions of a script counts once
            Map<String, java.util.Set<Long>> escalated = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT r.agent_login, r.script_id, r.case_id"
                    + " FROM script_run r WHERE r.started_at >= ? AND r.started_at < ? AND EXISTS (SELECT 1"
                    + " FROM audit_event a WHERE a.entity_type = 'case' AND a.entity_id = r.case_id"
                    + " AND a.action = 'case.escalate' AND a.at >= r.finished_at)")) {
                p.setTimestamp(1, Timestamp.from(from));
                p.setTimestamp(2, Timestamp.from(to));
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        String code = codes.computeIfAbsent(rs.getLong(2), id -> library.byId(id).code());
                        escalated.computeIfAbsent(rs.getString(1) + "\t" + code, k -> new java.util.HashSet<>())
                                .add(rs.getLong(3));
                    }
                }
            }
            escalated.forEach((key, cases) -> figures.computeIfAbsent(key, k -> new long[7])[6] = cases.size());
            return null;
        });
        Map<String, String> titles = titles();
        List<CoachingFigures> result = new ArrayList<>();
        figures.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String[] key = e.getKey().split("\t", 2);
            long[] f = e.getValue();
            result.add(new CoachingFigures(key[0], key[1], titles.getOrDefault(key[1], key[1]), f[0], f[1], f[2],
                    f[3], f[4], f[5], f[6]));
        });
        return result;
    }

    /** Script titles in the user's language where there is one, else in English. */
    private Map<String, String> titles() {
        Language mine = Language.ofCode(Locale.getDefault().getLanguage());
        Map<String, String> titles = new LinkedHashMap<>();
        for (StoredScript s : library.latest()) {
            if (s.script().language() == Language.EN) {
                titles.putIfAbsent(s.code(), s.script().title());
            }
            if (s.script().language() == mine) {
                titles.put(s.code(), s.script().title());
            }
        }
        return titles;
    }
}
