package org.parley.complaints.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.complaints.ActionStatus;
import org.parley.complaints.InvestigationService;
import org.parley.complaints.Lesson;
import org.parley.complaints.LessonDraft;
import org.parley.complaints.LessonService;
import org.parley.complaints.RootCause;
import org.parley.complaints.RootCauseTrend;
import org.parley.core.service.CaseService;
import org.parley.core.service.Clock;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.NotFoundException;
import org.parley.core.service.Require;
import org.parley.core.service.Store;
import org.parley.core.service.UserService;

/**
 * The register of lessons: each root cause found gets an owner and a corrective action; cases link to the lesson
 * they fed. Trends count cases per month by the root cause their investigation found, by the month the case opened.
 */
@Component(service = LessonService.class)
public class LessonRegister implements LessonService {

    private final Store store;
    private final CaseService cases;
    private final UserService users;
    private final InvestigationService investigations;
    private final Clock clock;

    @Activate
    public LessonRegister(@Reference Store store, @Reference CaseService cases, @Reference UserService users,
            @Reference InvestigationService investigations, @Reference Clock clock) {
        this.store = store;
        this.cases = cases;
        this.users = users;
        this.investigations = investigations;
        this.clock = clock;
    }

    @Override
    public List<Lesson> lessons() {
        return store.jdbc(c -> {
            List<Lesson> found = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT l.id, l.version, l.root_cause, l.title, l.owner_login,"
                    + " l.corrective_action, l.action_status, l.created_at, COUNT(k.case_id) FROM lesson l"
                    + " LEFT JOIN case_lesson k ON k.lesson_id = l.id GROUP BY l.id, l.version, l.root_cause, l.title,"
                    + " l.owner_login, l.corrective_action, l.action_status, l.created_at ORDER BY l.created_at DESC, l.id DESC");
                    ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    found.add(new Lesson(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), ActionStatus.valueOf(rs.getString(7)), rs.getTimestamp(8).toInstant(),
                            rs.getLong(9)));
                }
            }
            return found;
        });
    }

    @Override
    public Lesson create(LessonDraft draft) {
        return save(0, -1, draft);
    }

    @Override
    public Lesson update(long lessonId, long expectedVersion, LessonDraft draft) {
        return save(lessonId, expectedVersion, draft);
    }

    private Lesson save(long lessonId, long expectedVersion, LessonDraft d) {
        Input.present("lesson", d);
        String cause = Input.text("rootCause", d.rootCause(), 40);
        if (investigations.rootCauses().stream().map(RootCause::code).noneMatch(cause::equals)) {
            throw new InvalidInputException("rootCause", ComplaintText.get("investigation.unknownCause", cause));
        }
        String title = Input.text("title", d.title(), 200);
        String owner = d.ownerLogin() == null || d.ownerLogin().isBlank() ? null : Require.login("owner", d.ownerLogin());
        if (owner != null && users.find(owner).isEmpty()) {
            throw new InvalidInputException("owner", ComplaintText.get("escalation.noSuchUser", owner));
        }
        String action = Input.optional("correctiveAction", d.correctiveAction(), 4000);
        ActionStatus status = d.status() == null ? ActionStatus.PLANNED : d.status();
        // a lesson names a root cause the register can point at, so shipped categories become rows now
        long id = store.inTransaction(() -> store.write(em -> {
            CaseInvestigations.materialiseShippedCauses(store);
            LessonEntry e;
            String before = null;
            if (lessonId == 0) {
                e = new LessonEntry();
                e.createdAt = clock.now();
            } else {
                e = em.find(LessonEntry.class, lessonId);
                if (e == null) {
                    throw new NotFoundException("lesson", ComplaintText.get("lesson.noSuch", lessonId));
                }
                store.expectVersion(ComplaintText.get("entity.lesson"), lessonId, expectedVersion, e.version);
                before = snapshot(e);
            }
            e.rootCause = cause;
            e.title = title;
            e.ownerLogin = owner;
            e.correctiveAction = action;
            e.status = status.name();
            if (lessonId == 0) {
                em.persist(e);
            }
            em.flush();
            store.audit(lessonId == 0 ? "lesson.create" : "lesson.update", "lesson", e.id, before, snapshot(e), null);
            return e.id;
        }));
        return lessons().stream().filter(l -> l.id() == id).findFirst().orElseThrow();
    }

    @Override
    public void link(long caseId, long lessonId) {
        if (cases.find(caseId).isEmpty()) {
            throw new NotFoundException("case", ComplaintText.get("complaint.noSuchCase", caseId));
        }
        if (store.read(em -> em.find(LessonEntry.class, lessonId)) == null) {
            throw new InvalidInputException("lesson", ComplaintText.get("lesson.noSuch", lessonId));
        }
        store.inTransaction(() -> store.jdbc(c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM case_lesson WHERE case_id = ?")) {
                d.setLong(1, caseId);
                d.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO case_lesson (case_id, lesson_id, linked_at, linked_by) VALUES (?, ?, ?, ?)")) {
                p.setLong(1, caseId);
                p.setLong(2, lessonId);
                p.setTimestamp(3, Timestamp.from(clock.now()));
                p.setString(4, store.actor());
                p.executeUpdate();
            }
            store.audit("lesson.link", "case", caseId, null, Json.object("lesson", lessonId), null);
            return null;
        }));
    }

    @Override
    public List<RootCauseTrend> trends(YearMonth from, YearMonth to) {
        Input.present("from", from);
        Input.present("to", to);
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", ComplaintText.get("lesson.periodReversed"));
        }
        Instant start = from.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, String> names = new LinkedHashMap<>();
        investigations.rootCauses().forEach(r -> names.put(r.code(), r.name()));
        Map<String, TreeMap<YearMonth, Long>> counts = new LinkedHashMap<>();
        store.jdbc(c -> {
            // grouped by opening instant in the database, folded into months here: portable across H2 and PostgreSQL
            try (PreparedStatement p = c.prepareStatement("SELECT i.root_cause, k.opened_at FROM investigation i"
                    + " JOIN conflict_case k ON k.id = i.case_id WHERE i.root_cause IS NOT NULL AND k.opened_at >= ?"
                    + " AND k.opened_at < ?")) {
                p.setTimestamp(1, Timestamp.from(start));
                p.setTimestamp(2, Timestamp.from(end));
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        YearMonth month = YearMonth.from(rs.getTimestamp(2).toInstant().atZone(ZoneOffset.UTC));
                        counts.computeIfAbsent(rs.getString(1), k -> emptyMonths(from, to)).merge(month, 1L, Long::sum);
                    }
                }
            }
            return null;
        });
        List<RootCauseTrend> trends = new ArrayList<>();
        counts.forEach((cause, months) -> trends.add(new RootCauseTrend(cause, names.getOrDefault(cause, cause),
                months.values().stream().mapToLong(Long::longValue).sum(), months)));
        trends.sort(Comparator.comparingLong(RootCauseTrend::total).reversed().thenComparing(RootCauseTrend::rootCause));
        return trends;
    }

    private static TreeMap<YearMonth, Long> emptyMonths(YearMonth from, YearMonth to) {
        TreeMap<YearMonth, Long> months = new TreeMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.put(m, 0L);
        }
        return months;
    }

    private static String snapshot(LessonEntry e) {
        return Json.object("rootCause", e.rootCause, "title", e.title, "owner", e.ownerLogin, "correctiveAction",
                e.correctiveAction, "status", e.status);
    }
}
