package org.parley.complaints.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.complaints.CaseDeadline;
import org.parley.complaints.DeadlineKind;
import org.parley.complaints.DeadlinePolicy;
import org.parley.complaints.DeadlineService;
import org.parley.complaints.WorkCalendar;
import org.parley.core.model.Case;
import org.parley.core.model.CaseStatus;
import org.parley.core.model.Severity;
import org.parley.core.service.CaseService;
import org.parley.core.service.Clock;
import org.parley.core.service.ConcurrentChangeException;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.NotFoundException;
import org.parley.core.service.Require;
import org.parley.core.service.Store;
import org.parley.core.service.UserService;

/**
 * Deadline policies, the working calendar and each case's deadlines. The defaults follow the practice: a
 * complaint is acknowledged the same working half-day (within the hour when it is serious), the client is called
 * back within a working day, and the conflict is resolved within two working weeks.
 */
@Component(service = DeadlineService.class)
public class CaseDeadlines implements DeadlineService {

    static final DeadlinePolicy DEFAULT_POLICY = new DeadlinePolicy(0, 0, null, null, 4 * 60, 8 * 60, 10 * 8 * 60);
    static final DeadlinePolicy DEFAULT_SERIOUS = new DeadlinePolicy(0, 0, null, null, 60, 4 * 60, 5 * 8 * 60);

    private final Store store;
    private final CaseService cases;
    private final UserService users;
    private final Escalation escalation;
    private final Clock clock;

    @Activate
    public CaseDeadlines(@Reference Store store, @Reference CaseService cases, @Reference UserService users,
            @Reference Escalation escalation, @Reference Clock clock) {
        this.store = store;
        this.cases = cases;
        this.users = users;
        this.escalation = escalation;
        this.clock = clock;
    }

    // ---- policies

    @Override
    public List<DeadlinePolicy> policies() {
        return store.read(em -> em.createQuery("SELECT p FROM DeadlinePolicy p ORDER BY p.channel, p.severity, p.id",
                DeadlinePolicyEntry.class).getResultList()).stream().map(CaseDeadlines::policy).toList();
    }

    @Override
    public DeadlinePolicy savePolicy(DeadlinePolicy p) {
        Admins.require(store, users, ComplaintText.get("admin.policies"));
        Input.present("policy", p);
        String channel = p.channel() == null || p.channel().isBlank() ? null : Require.channel("channel", p.channel());
        if (p.acknowledgeMinutes() <= 0 || p.firstCallbackMinutes() <= 0 || p.resolveMinutes() <= 0) {
            throw new InvalidInputException("acknowledgeMinutes", ComplaintText.get("policy.positive"));
        }
        if (p.acknowledgeMinutes() > p.firstCallbackMinutes() || p.firstCallbackMinutes() > p.resolveMinutes()) {
            throw new InvalidInputException("firstCallbackMinutes", ComplaintText.get("policy.order"));
        }
        if (p.resolveMinutes() > 250 * 24 * 60) {
            throw new InvalidInputException("resolveMinutes", ComplaintText.get("policy.tooLong"));
        }
        return store.inTransaction(() -> {
            boolean taken = policies().stream().anyMatch(o -> o.id() != p.id() && java.util.Objects.equals(o.channel(), channel)
                    && o.severity() == p.severity());
            if (taken) {
                throw new InvalidInputException("channel", ComplaintText.get("policy.duplicate",
                        channel == null ? ComplaintText.get("policy.anyChannel") : channel,
                        p.severity() == null ? ComplaintText.get("policy.anySeverity") : p.severity()));
            }
            DeadlinePolicyEntry saved = store.write(em -> {
                DeadlinePolicyEntry e;
                String before = null;
                if (p.id() == 0) {
                    e = new DeadlinePolicyEntry();
                } else {
                    e = em.find(DeadlinePolicyEntry.class, p.id());
                    if (e == null) {
                        throw new NotFoundException("policy", ComplaintText.get("policy.noSuch", p.id()));
                    }
                    store.expectVersion(ComplaintText.get("entity.policy"), p.id(), p.version(), e.version);
                    before = Json.object("policy", policy(e).toString());
                }
                e.channel = channel;
                e.severity = p.severity() == null ? null : p.severity().name();
                e.acknowledgeMinutes = p.acknowledgeMinutes();
                e.firstCallbackMinutes = p.firstCallbackMinutes();
                e.resolveMinutes = p.resolveMinutes();
                if (p.id() == 0) {
                    em.persist(e);
                }
                em.flush();
                store.audit("policy.save", "deadlinePolicy", e.id, before, Json.object("policy", policy(e).toString()), null);
                return e;
            });
            return policy(saved);
        });
    }

    @Override
    public void deletePolicy(long policyId) {
        Admins.require(store, users, ComplaintText.get("admin.policies"));
        store.write(em -> {
            DeadlinePolicyEntry e = em.find(DeadlinePolicyEntry.class, policyId);
            if (e == null) {
                throw new NotFoundException("policy", ComplaintText.get("policy.noSuch", policyId));
            }
            store.audit("policy.delete", "deadlinePolicy", policyId, Json.object("policy", policy(e).toString()), null, null);
            em.remove(e);
            return null;
        });
    }

    @Override
    public DeadlinePolicy policyFor(String channel, Severity severity) {
        DeadlinePolicy best = null;
        int bestScore = -1;
        for (DeadlinePolicy p : policies()) {
            boolean channelFits = p.channel() == null || p.channel().equals(channel);
            boolean severityFits = p.severity() == null || p.severity() == severity;
            int score = (p.channel() != null ? 2 : 0) + (p.severity() != null ? 1 : 0);
            if (channelFits && severityFits && score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        return severity == Severity.HIGH || severity == Severity.CRITICAL ? DEFAULT_SERIOUS : DEFAULT_POLICY;
    }

    private static DeadlinePolicy policy(DeadlinePolicyEntry e) {
        return new DeadlinePolicy(e.id, e.version, e.channel, e.severity == null ? null : Severity.valueOf(e.severity),
                e.acknowledgeMinutes, e.firstCallbackMinutes, e.resolveMinutes);
    }

    // ---- calendar

    @Override
    public WorkCalendar calendar() {
        return store.jdbc(c -> {
            WorkCalendar shipped = new WorkCalendar(ZoneId.systemDefault(),
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(18, 0), Map.of());
            Map<LocalDate, String> holidays = new TreeMap<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT holiday_date, name FROM work_holiday ORDER BY holiday_date")) {
                while (rs.next()) {
                    holidays.put(rs.getDate(1).toLocalDate(), rs.getString(2));
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT zone_id, working_days, day_start, day_end FROM work_calendar WHERE id = 1")) {
                if (!rs.next()) {
                    return new WorkCalendar(shipped.zone(), shipped.workingDays(), shipped.dayStart(), shipped.dayEnd(),
                            holidays);
                }
                Set<DayOfWeek> days = Arrays.stream(rs.getString(2).split(",")).filter(d -> !d.isBlank())
                        .map(DayOfWeek::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
                return new WorkCalendar(ZoneId.of(rs.getString(1)), days, rs.getTime(3).toLocalTime(),
                        rs.getTime(4).toLocalTime(), holidays);
            }
        });
    }

    @Override
    public WorkCalendar saveCalendar(WorkCalendar calendar) {
        Admins.require(store, users, ComplaintText.get("admin.calendar"));
        Input.present("calendar", calendar);
        Input.present("zone", calendar.zone());
        if (calendar.workingDays() == null || calendar.workingDays().isEmpty()) {
            throw new InvalidInputException("workingDays", ComplaintText.get("calendar.noWorkingDay"));
        }
        if (calendar.dayStart() == null || calendar.dayEnd() == null || !calendar.dayStart().isBefore(calendar.dayEnd())) {
            throw new InvalidInputException("dayEnd", ComplaintText.get("calendar.hours"));
        }
        Map<LocalDate, String> holidays = new TreeMap<>();
        for (Map.Entry<LocalDate, String> h : (calendar.holidays() == null ? Map.<LocalDate, String>of()
                : calendar.holidays()).entrySet()) {
            holidays.put(Input.present("holiday", h.getKey()), Input.text("holidayName", h.getValue(), 200));
        }
        WorkCalendar before = calendar();
        store.inTransaction(() -> store.jdbc(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM work_holiday");
                s.executeUpdate("DELETE FROM work_calendar");
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO work_calendar (id, version, zone_id, working_days, day_start, day_end) VALUES (1, 0, ?, ?, ?, ?)")) {
                p.setString(1, calendar.zone().getId());
                p.setString(2, calendar.workingDays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")));
                p.setTime(3, java.sql.Time.valueOf(calendar.dayStart()));
                p.setTime(4, java.sql.Time.valueOf(calendar.dayEnd()));
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO work_holiday (holiday_date, name) VALUES (?, ?)")) {
                for (Map.Entry<LocalDate, String> h : holidays.entrySet()) {
                    p.setDate(1, java.sql.Date.valueOf(h.getKey()));
                    p.setString(2, h.getValue());
                    p.addBatch();
                }
                p.executeBatch();
            }
            store.audit("calendar.save", "workCalendar", 1, Json.object("calendar", before.toString()),
                    Json.object("calendar", calendar.toString()), null);
            return null;
        }));
        return calendar();
    }

    @Override
    public Instant addBusinessTime(Instant start, Duration businessTime) {
        return new WorkingTime(calendar()).add(start, businessTime);
    }

    // ---- case deadlines

    @Override
    public List<CaseDeadline> refresh(long caseId) {
        return store.inTransaction(() -> {
            Case c = cases.find(caseId).orElseThrow(() -> new NotFoundException("case",
                    ComplaintText.get("complaint.noSuchCase", caseId)));
            Instant now = clock.now();
            WorkingTime time = new WorkingTime(calendar());
            List<WorkingTime.Pause> pauses = pauses(c, now);
            Instant start = receivedAt(c);
            DeadlinePolicy policy = policyFor(c.getChannel(), c.getSeverity());
            Map<DeadlineKind, Instant> met = metAt(c);
            store.write(em -> {
                Map<String, CaseDeadlineEntry> existing = new LinkedHashMap<>();
                em.createQuery("SELECT d FROM CaseDeadline d WHERE d.caseId = :case", CaseDeadlineEntry.class)
                        .setParameter("case", caseId).getResultList().forEach(d -> existing.put(d.kind, d));
                for (DeadlineKind kind : DeadlineKind.values()) {
                    CaseDeadlineEntry d = existing.get(kind.name());
                    if (d == null) {
                        d = new CaseDeadlineEntry();
                        d.caseId = caseId;
                        d.kind = kind.name();
                        d.startedAt = start;
                        d.businessMinutes = switch (kind) {
                            case ACKNOWLEDGE -> policy.acknowledgeMinutes();
                            case FIRST_CALLBACK -> policy.firstCallbackMinutes();
                            case RESOLVE -> policy.resolveMinutes();
                        };
                        em.persist(d);
                    }
                    if (d.metAt == null) {
                        d.dueAt = time.due(d.startedAt, Duration.ofMinutes(d.businessMinutes), pauses, now);
                        d.metAt = met.get(kind);
                    }
                }
                em.flush();
                return null;
            });
            return deadlinesOf(caseId);
        });
    }

    /** When the complaint reached the company: the earliest complaint of the case, else when the case opened. */
    private Instant receivedAt(Case c) {
        Instant first = store.jdbc(con -> {
            try (PreparedStatement p = con.prepareStatement("SELECT MIN(received_at) FROM complaint WHERE case_id = ?")) {
                p.setLong(1, c.getId());
                try (ResultSet rs = p.executeQuery()) {
                    Timestamp t = rs.next() ? rs.getTimestamp(1) : null;
                    return t == null ? null : t.toInstant();
                }
            }
        });
        return first == null || first.isAfter(c.getOpenedAt()) ? c.getOpenedAt() : first;
    }

    /** Opens or closes the case's pause to match its status, and returns all its pauses. */
    private List<WorkingTime.Pause> pauses(Case c, Instant now) {
        return store.write(em -> {
            List<CasePauseEntry> all = em.createQuery("SELECT p FROM CasePause p WHERE p.caseId = :case ORDER BY p.pausedAt",
                    CasePauseEntry.class).setParameter("case", c.getId()).getResultList();
            CasePauseEntry open = all.stream().filter(p -> p.resumedAt == null).findFirst().orElse(null);
            boolean waiting = c.getStatus() == CaseStatus.WAITING_FOR_CLIENT;
            if (waiting && open == null) {
                CasePauseEntry p = new CasePauseEntry();
                p.caseId = c.getId();
                p.pausedAt = now;
                em.persist(p);
                all = new ArrayList<>(all);
                all.add(p);
            } else if (!waiting && open != null) {
                open.resumedAt = now;
            }
            return all.stream().map(p -> new WorkingTime.Pause(p.pausedAt, p.resumedAt)).toList();
        });
    }

    /** When each deadline was met, from the case's own record. */
    private Map<DeadlineKind, Instant> metAt(Case c) {
        Map<DeadlineKind, Instant> met = new java.util.EnumMap<>(DeadlineKind.class);
        if (c.getAcknowledgedAt() != null) {
            met.put(DeadlineKind.ACKNOWLEDGE, c.getAcknowledgedAt());
        } else if (c.getStatus() != CaseStatus.NEW) {
            met.put(DeadlineKind.ACKNOWLEDGE, clock.now());
        }
        Instant callBack = store.jdbc(con -> {
            try (PreparedStatement p = con.prepareStatement("SELECT MIN(t) FROM ("
                    + " SELECT MIN(occurred_at) AS t FROM interaction WHERE case_id = ? AND direction = 'OUTBOUND' AND channel = 'phone'"
                    + " UNION ALL SELECT MIN(settled_at) AS t FROM commitment WHERE case_id = ? AND kind = 'CALL_BACK' AND state = 'KEPT'"
                    + ") x")) {
                p.setLong(1, c.getId());
                p.setLong(2, c.getId());
                try (ResultSet rs = p.executeQuery()) {
                    Timestamp t = rs.next() ? rs.getTimestamp(1) : null;
                    return t == null ? null : t.toInstant();
                }
            }
        });
        if (callBack != null) {
            met.put(DeadlineKind.FIRST_CALLBACK, callBack);
        }
        if (!c.getStatus().isOpen()) {
            met.put(DeadlineKind.RESOLVE, c.getClosedAt() != null ? c.getClosedAt() : clock.now());
            met.putIfAbsent(DeadlineKind.FIRST_CALLBACK, met.get(DeadlineKind.RESOLVE));
        }
        return met;
    }

    @Override
    public List<CaseDeadline> deadlinesOf(long caseId) {
        return select("WHERE d.case_id = ? ORDER BY d.id", p -> p.setLong(1, caseId), Integer.MAX_VALUE);
    }

    @Override
    public List<CaseDeadline> dueFor(String login, Instant until, int limit) {
        // the owner's deadlines, and the acknowledgement of every complaint the user took themselves: two indexed
        // queries merged here, because one query with OR (or a UNION subquery) makes H2 scan every deadline
        Timestamp before = Timestamp.from(until);
        List<CaseDeadline> owned = select("WHERE d.met_at IS NULL AND d.due_at < ? AND c.owner_id ="
                + " (SELECT u.id FROM parley_user u WHERE u.login = ?) ORDER BY d.due_at, d.id", p -> {
                    p.setTimestamp(1, before);
                    p.setString(2, login);
                }, limit);
        List<CaseDeadline> taken = select("WHERE d.kind = 'ACKNOWLEDGE' AND d.met_at IS NULL AND d.due_at < ?"
                + " AND d.case_id IN (SELECT m.case_id FROM complaint m WHERE m.recorded_by = ?) ORDER BY d.due_at, d.id",
                p -> {
                    p.setTimestamp(1, before);
                    p.setString(2, login);
                }, limit);
        Map<Long, CaseDeadline> merged = new LinkedHashMap<>();
        java.util.stream.Stream.concat(owned.stream(), taken.stream())
                .sorted(java.util.Comparator.comparing(CaseDeadline::dueAt).thenComparingLong(CaseDeadline::id))
                .forEach(d -> merged.putIfAbsent(d.id(), d));
        return merged.values().stream().limit(limit).toList();
    }

    @FunctionalInterface
    private interface Parameters {
        void set(PreparedStatement p) throws java.sql.SQLException;
    }

    private List<CaseDeadline> select(String where, Parameters parameters, int limit) {
        return store.jdbc(con -> {
            List<CaseDeadline> found = new ArrayList<>();
            try (PreparedStatement p = con.prepareStatement("SELECT d.id, d.case_id, c.case_number, c.title, d.kind, d.due_at,"
                    + " d.met_at, d.breached_at, d.escalated, c.status FROM case_deadline d JOIN conflict_case c ON c.id = d.case_id "
                    + where)) {
                parameters.set(p);
                p.setMaxRows(limit);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        found.add(new CaseDeadline(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                DeadlineKind.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant(), instant(rs, 7),
                                instant(rs, 8), rs.getBoolean(9), CaseStatus.WAITING_FOR_CLIENT.name().equals(rs.getString(10))));
                    }
                }
            }
            return found;
        });
    }

    private static Instant instant(ResultSet rs, int column) throws java.sql.SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    @Override
    public int escalateBreached() {
        Instant now = clock.now();
        List<CaseDeadline> breached = select("WHERE d.met_at IS NULL AND d.escalated = ? AND d.due_at < ?"
                + " AND c.status <> 'WAITING_FOR_CLIENT' ORDER BY d.due_at", p -> {
                    p.setBoolean(1, false);
                    p.setTimestamp(2, Timestamp.from(now));
                }, 500);
        int escalated = 0;
        for (CaseDeadline d : breached) {
            try {
                if (escalateOne(d, now)) {
                    escalated++;
                }
            } catch (ConcurrentChangeException e) {
                // another desktop escalated it (or someone changed the case) at the same moment: theirs stands
            }
        }
        return escalated;
    }

    /** Marks one breach and moves the case up, in its own transaction; at the top level the breach is only marked. */
    private boolean escalateOne(CaseDeadline d, Instant now) {
        return store.inTransaction(() -> {
            // the flag is claimed with a conditional update, so two desktops never escalate the same breach twice
            boolean claimed = store.jdbc(con -> {
                try (PreparedStatement p = con.prepareStatement("UPDATE case_deadline SET escalated = ?, breached_at = ?,"
                        + " version = version + 1 WHERE id = ? AND escalated = ?")) {
                    p.setBoolean(1, true);
                    p.setTimestamp(2, Timestamp.from(now));
                    p.setLong(3, d.id());
                    p.setBoolean(4, false);
                    return p.executeUpdate() == 1;
                }
            });
            if (!claimed) {
                return false;
            }
            Case c = cases.find(d.caseId()).orElseThrow();
            String reason = ComplaintText.get("escalation.breached", ComplaintText.get("deadline." + d.kind().name()),
                    ComplaintText.shown(d.dueAt(), calendar().zone()));
            int top = escalation.levels().size() - 1;
            if (c.getLevelHandling() >= top || !c.getStatus().isOpen()) {
                store.audit("deadline.breached", "case", c.getId(), null, Json.object("deadline", d.kind().name()), reason);
                return false;
            }
            escalation.move(c, c.getLevelHandling() + 1, null, reason, true);
            return true;
        });
    }
}
