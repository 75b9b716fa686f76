package org.parley.complaints.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.parley.complaints.EscalationLevel;
import org.parley.complaints.EscalationService;
import org.parley.complaints.Transfer;
import org.parley.complaints.extension.EscalationPolicy;
import org.parley.core.extension.CaseEvents;
import org.parley.core.model.Case;
import org.parley.core.model.User;
import org.parley.core.service.CaseService;
import org.parley.core.service.Clock;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.NotFoundException;
import org.parley.core.service.Store;
import org.parley.core.service.UserService;

/**
 * Moves cases between organisational levels: up one level (by hand or for a breached deadline), down one level
 * only to a user trained for conflicts. Each move changes the core case, is stored as a transfer and audited.
 */
@Component(service = { EscalationService.class, Escalation.class })
public class Escalation implements EscalationService {

    private static final List<String> SHIPPED_LEVELS = List.of("level.frontLine", "level.teamLead",
            "level.departmentHead", "level.director");

    private final Store store;
    private final CaseService cases;
    private final UserService users;
    private final Clock clock;
    private volatile EscalationPolicy policy;

    @Activate
    public Escalation(@Reference Store store, @Reference CaseService cases, @Reference UserService users,
            @Reference Clock clock) {
        this.store = store;
        this.cases = cases;
        this.users = users;
        this.clock = clock;
    }

    /** The policy with the highest ranking; Parley's own ranks lowest. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setPolicy(EscalationPolicy policy) {
        this.policy = policy;
    }

    public void unsetPolicy(EscalationPolicy gone) {
        if (this.policy == gone) {
            this.policy = null;
        }
    }

    @Override
    public List<EscalationLevel> levels() {
        List<EscalationLevel> configured = store.jdbc(c -> {
            List<EscalationLevel> found = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT org_level, name FROM escalation_level ORDER BY org_level")) {
                while (rs.next()) {
                    found.add(new EscalationLevel(rs.getInt(1), rs.getString(2)));
                }
            }
            return found;
        });
        if (!configured.isEmpty()) {
            return configured;
        }
        List<EscalationLevel> shipped = new ArrayList<>();
        for (int i = 0; i < SHIPPED_LEVELS.size(); i++) {
            shipped.add(new EscalationLevel(i, ComplaintText.get(SHIPPED_LEVELS.get(i))));
        }
        return shipped;
    }

    @Override
    public List<EscalationLevel> saveLevels(List<EscalationLevel> levels) {
        Admins.require(store, users, ComplaintText.get("admin.levels"));
        if (levels == null || levels.size() < 2) {
            throw new InvalidInputException("levels", ComplaintText.get("levels.tooFew"));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            EscalationLevel l = levels.get(i);
            if (l.level() != i) {
                throw new InvalidInputException("levels", ComplaintText.get("levels.gap", i));
            }
            String name = Input.text("levelName", l.name(), 100);
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("levelName", ComplaintText.get("levels.sameName", name));
            }
        }
        List<EscalationLevel> before = levels();
        store.inTransaction(() -> store.jdbc(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM escalation_level");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO escalation_level (org_level, name) VALUES (?, ?)")) {
                for (EscalationLevel l : levels) {
                    p.setInt(1, l.level());
                    p.setString(2, l.name().strip());
                    p.addBatch();
                }
                p.executeBatch();
            }
            store.audit("levels.save", "escalationLevels", 0, Json.object("levels", before.toString()),
                    Json.object("levels", levels.toString()), null);
            return null;
        }));
        return levels();
    }

    @Override
    public String levelName(int level) {
        return levels().stream().filter(l -> l.level() == level).map(EscalationLevel::name).findFirst()
                .orElse(ComplaintText.get("level.numbered", level));
    }

    @Override
    public Transfer escalate(long caseId, long expectedVersion, String toOwnerLogin, String reason) {
        String why = Input.text("reason", reason, 2000);
        return store.inTransaction(() -> {
            Case c = current(caseId, expectedVersion);
            int top = levels().size() - 1;
            if (c.getLevelHandling() >= top) {
                throw new InvalidInputException("level", ComplaintText.get("escalation.top", c.getNumber(), levelName(top)));
            }
            if (!c.getStatus().isOpen()) {
                throw new InvalidInputException("case", ComplaintText.get("escalation.closed", c.getNumber()));
            }
            int to = c.getLevelHandling() + 1;
            String owner = toOwnerLogin == null || toOwnerLogin.isBlank() ? null : userAt(toOwnerLogin, to, false);
            return move(c, to, owner, why, false);
        });
    }

    @Override
    public Transfer handDown(long caseId, long expectedVersion, String toOwnerLogin, String reason) {
        String why = Input.text("reason", reason, 2000);
        return store.inTransaction(() -> {
            Case c = current(caseId, expectedVersion);
            if (c.getLevelHandling() == 0) {
                throw new InvalidInputException("level", ComplaintText.get("escalation.bottom", c.getNumber()));
            }
            if (toOwnerLogin == null || toOwnerLogin.isBlank()) {
                throw new InvalidInputException("owner", ComplaintText.get("escalation.handDownOwner"));
            }
            int to = c.getLevelHandling() - 1;
            return move(c, to, userAt(toOwnerLogin, to, true), why, false);
        });
    }

    @Override
    public List<Transfer> transfers(long caseId) {
        return store.read(em -> em.createQuery("SELECT t FROM CaseTransfer t WHERE t.caseId = :case ORDER BY t.at, t.id",
                TransferEntry.class).setParameter("case", caseId).getResultList()).stream()
                .map(t -> new Transfer(t.id, t.caseId, t.fromLevel, t.toLevel, t.fromOwner, t.toOwner, t.reason,
                        t.automatic, t.at, t.actor)).toList();
    }

    /**
     * Moves the case to {@code toLevel} and {@code owner} (null: whom the escalation policy picks when going up,
     * else unassigned), inside the caller's transaction.
     */
    Transfer move(Case c, int toLevel, String owner, String reason, boolean automatic) {
        String newOwner = owner;
        if (newOwner == null && toLevel > c.getLevelHandling()) {
            EscalationPolicy p = policy;
            newOwner = p != null ? p.ownerFor(c.getId(), toLevel) : leastBusyAt(toLevel);
        }
        String fromOwner = c.getOwner() == null ? null : c.getOwner().getLogin();
        int fromLevel = c.getLevelHandling();
        String ownerLogin = newOwner;
        TransferEntry t = store.write(em -> {
            Case managed = em.find(Case.class, c.getId());
            managed.setLevelHandling(toLevel);
            managed.setOwner(ownerLogin == null ? null
                    : em.createQuery("SELECT u FROM ParleyUser u WHERE u.login = :login", User.class)
                            .setParameter("login", ownerLogin).getSingleResult());
            TransferEntry e = new TransferEntry();
            e.caseId = c.getId();
            e.fromLevel = fromLevel;
            e.toLevel = toLevel;
            e.fromOwner = fromOwner;
            e.toOwner = ownerLogin;
            e.reason = reason;
            e.automatic = automatic;
            e.at = clock.now();
            e.actor = automatic ? "system" : store.actor();
            em.persist(e);
            em.flush();
            return e;
        });
        store.audit(toLevel > fromLevel ? "case.escalate" : "case.handDown", "case", c.getId(),
                Json.object("level", fromLevel, "owner", fromOwner), Json.object("level", toLevel, "owner", ownerLogin),
                reason);
        store.postAfterCommit(CaseEvents.CASE_CHANGED, Map.of(CaseEvents.PROPERTY_ID, c.getId(),
                CaseEvents.PROPERTY_CASE_ID, c.getId()));
        return new Transfer(t.id, t.caseId, t.fromLevel, t.toLevel, t.fromOwner, t.toOwner, t.reason, t.automatic, t.at,
                t.actor);
    }

    /** Parley's own choice: the active user of the level with the fewest open cases, or nobody. */
    private String leastBusyAt(int level) {
        return store.jdbc(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT u.login FROM parley_user u LEFT JOIN conflict_case k"
                    + " ON k.owner_id = u.id AND k.status NOT IN ('RESOLVED', 'CLOSED') WHERE u.active = TRUE AND u.org_level = ?"
                    + " GROUP BY u.login ORDER BY COUNT(k.id), u.login")) {
                p.setInt(1, level);
                p.setMaxRows(1);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    private Case current(long caseId, long expectedVersion) {
        Case c = cases.find(caseId).orElseThrow(() -> new NotFoundException("case",
                ComplaintText.get("complaint.noSuchCase", caseId)));
        store.expectVersion(ComplaintText.get("entity.case"), caseId, expectedVersion, c.getVersion());
        return c;
    }

    private String userAt(String login, int level, boolean mustBeTrained) {
        User u = users.find(login.strip().toLowerCase(Locale.ROOT)).filter(User::isActive).orElseThrow(
                () -> new InvalidInputException("owner", ComplaintText.get("escalation.noSuchUser", login)));
        if (u.getLevel() != level) {
            throw new InvalidInputException("owner", ComplaintText.get("escalation.wrongLevel", u.getDisplayName(),
                    levelName(u.getLevel()), levelName(level)));
        }
        if (mustBeTrained && !u.isTrainedForConflicts()) {
            throw new InvalidInputException("owner", ComplaintText.get("escalation.notTrained", u.getDisplayName()));
        }
        return u.getLogin();
    }

}
