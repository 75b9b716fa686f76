package org.parley.compensation.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.compensation.Budget;
import org.parley.compensation.Catalogue;
import org.parley.compensation.CatalogueItem;
import org.parley.compensation.CatalogueService;
import org.parley.compensation.Gesture;
import org.parley.compensation.GestureBudgets;
import org.parley.compensation.GestureCheck;
import org.parley.compensation.GestureDraft;
import org.parley.compensation.GestureKind;
import org.parley.compensation.GestureRules;
import org.parley.compensation.GestureService;
import org.parley.compensation.GestureState;
import org.parley.complaints.Investigation;
import org.parley.complaints.InvestigationService;
import org.parley.core.model.Case;
import org.parley.core.model.CommitmentKind;
import org.parley.core.model.CommitmentState;
import org.parley.core.model.Role;
import org.parley.core.model.User;
import org.parley.core.service.CaseService;
import org.parley.core.service.Clock;
import org.parley.core.service.CommitmentDraft;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.NotFoundException;
import org.parley.core.service.Store;
import org.parley.core.service.UserService;

/**
 * Gestures from proposal to fulfilment. Approval follows the role ladder of the current rules (agent, supervisor,
 * department head); a gesture beyond the team's budget or the item's per-client limit is approved only with an
 * override reason from the role allowed to give one, and that override is audited on its own.
 */
@Component(service = GestureService.class)
public class GestureWorkflow implements GestureService {

    private static final int TEXT_MAX = 2000;
    /** An accepted gesture without a promised date is promised within a week. */
    private static final Duration DEFAULT_PROMISE = Duration.ofDays(7);

    private final Store store;
    private final CaseService cases;
    private final UserService users;
    private final CatalogueService catalogue;
    private final GestureBudgets budgets;
    private final InvestigationService investigations;
    private final Clock clock;

    @Activate
    public GestureWorkflow(@Reference Store store, @Reference CaseService cases, @Reference UserService users,
            @Reference CatalogueService catalogue, @Reference GestureBudgets budgets,
            @Reference InvestigationService investigations, @Reference Clock clock) {
        this.store = store;
        this.cases = cases;
        this.users = users;
        this.catalogue = catalogue;
        this.budgets = budgets;
        this.investigations = investigations;
        this.clock = clock;
    }

    // --- the role ladder

    static int rank(Role role) {
        return switch (role) {
            case DEPARTMENT_HEAD, DIRECTOR -> 2;
            case SUPERVISOR -> 1;
            default -> 0;
        };
    }

    /** The highest cost {@code role} approves alone; null means no limit. */
    static BigDecimal limitOf(GestureRules rules, Role role) {
        return switch (rank(role)) {
            case 2 -> null;
            case 1 -> rules.supervisorLimit();
            default -> rules.agentLimit();
        };
    }

    static Role approvalRole(GestureRules rules, BigDecimal cost) {
        return cost.compareTo(rules.agentLimit()) <= 0 ? Role.AGENT
                : cost.compareTo(rules.supervisorLimit()) <= 0 ? Role.SUPERVISOR : Role.DEPARTMENT_HEAD;
    }

    /** The item's cost plus the money the client receives. */
    static BigDecimal costOf(CatalogueItem item, BigDecimal value) {
        return item.kind().paysMoney() && value != null ? item.cost().add(value) : item.cost();
    }

    @Override
    public BigDecimal limitOf(Role role) {
        return limitOf(catalogue.current().rules(), role);
    }

    // --- checks

    @Override
    public GestureCheck check(GestureDraft d) {
        Proposal p = proposal(d);
        return check(p.rules(), p.item(), p.cost(), teamOf(store.actor()), p.c().getClient().getId(), 0);
    }

    private record Proposal(Case c, Catalogue catalogue, GestureRules rules, CatalogueItem item, BigDecimal value,
            BigDecimal cost) {
    }

    private Proposal proposal(GestureDraft d) {
        if (d == null) {
            throw new InvalidInputException("gesture", CompensationText.get("gesture.missing"));
        }
        Case c = cases.find(d.caseId()).orElseThrow(
                () -> new NotFoundException("case", CompensationText.get("gesture.noSuchCase", d.caseId())));
        Catalogue cat = catalogue.current();
        CatalogueItem item = cat.item(d.itemCode() == null ? "" : d.itemCode().strip()).orElseThrow(
                () -> new InvalidInputException("item", CompensationText.get("gesture.noSuchItem",
                        String.valueOf(d.itemCode()), cat.version())));
        BigDecimal value = d.value();
        if (item.kind().valueKind() == GestureKind.ValueKind.NONE) {
            if (value != null) {
                throw new InvalidInputException("value", CompensationText.get("gesture.noValue", item.code()));
            }
        } else {
            if (value == null) {
                value = item.valueFrom();
            }
            if (value.compareTo(item.valueFrom()) < 0 || value.compareTo(item.valueTo()) > 0) {
                throw new InvalidInputException("value", CompensationText.get("gesture.valueOutOfRange",
                        CatalogueRules.plain(value), CatalogueRules.plain(item.valueFrom()),
                        CatalogueRules.plain(item.valueTo()), item.name(null)));
            }
            if (value.stripTrailingZeros().scale() > 2) {
                throw new InvalidInputException("value", CompensationText.get("amount.decimals",
                        item.name(null), CompensationText.get("field.value"), CatalogueRules.plain(value)));
            }
        }
        return new Proposal(c, cat, cat.rules(), item, value, costOf(item, value));
    }

    private GestureCheck check(GestureRules rules, CatalogueItem item, BigDecimal cost, String team, long clientId,
            long except) {
        Role role = approvalRole(rules, cost);
        String cur = rules.currency();
        List<String> notes = new ArrayList<>();
        Role actorRole = roleOf(store.actor());
        BigDecimal ownLimit = limitOf(rules, actorRole);
        if (ownLimit == null || cost.compareTo(ownLimit) <= 0) {
            notes.add(CompensationText.get("check.withinOwnLimit", money(cost, cur)));
        } else {
            notes.add(CompensationText.get("check.needsRole", money(cost, cur), money(ownLimit, cur), roleName(role)));
        }
        LocalDate today = today();
        Budget budget = team.isEmpty() ? null : budgets.of(team, today).orElse(null);
        BigDecimal spent = BigDecimal.ZERO;
        boolean overBudget = false;
        if (budget != null) {
            spent = TeamBudgets.spent(store, team, budget.from(), budget.to(), except);
            overBudget = spent.add(cost).compareTo(budget.amount()) > 0;
            if (overBudget) {
                notes.add(CompensationText.get("check.overBudget", team, money(spent, cur), money(budget.amount(), cur),
                        money(spent.add(cost), cur)));
            }
        } else {
            notes.add(CompensationText.get("check.noBudget", team.isEmpty() ? CompensationText.get("team.none") : team));
        }
        int count = 0;
        boolean overLimit = false;
        if (item.perClientLimit() > 0) {
            count = countForClient(clientId, item.code(), item.perClientDays(), except);
            overLimit = count >= item.perClientLimit();
            if (overLimit) {
                notes.add(CompensationText.get("check.overClientLimit", count, item.name(null), item.perClientDays(),
                        item.perClientLimit()));
            }
        }
        return new GestureCheck(cost, cur, role, budget, spent, overBudget, count, overLimit, notes);
    }

    private int countForClient(long clientId, String itemCode, int days, long except) {
        Instant since = clock.now().minus(Duration.ofDays(days));
        return store.jdbc(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM gesture WHERE client_id = ? AND "
                    + "item_code = ? AND proposed_at >= ? AND state NOT IN ('REJECTED', 'DECLINED') AND id <> ?")) {
                p.setLong(1, clientId);
                p.setString(2, itemCode);
                p.setTimestamp(3, java.sql.Timestamp.from(since));
                p.setLong(4, except);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    // --- the workflow

    @Override
    public Gesture propose(GestureDraft d) {
        Proposal p = proposal(d);
        if (!p.c().getStatus().isOpen()) {
            throw new InvalidInputException("case", CompensationText.get("gesture.caseClosed", p.c().getNumber()));
        }
        LocalDate today = today();
        if (!p.item().offerableOn(today)) {
            throw new InvalidInputException("item", p.item().active()
                    ? CompensationText.get("gesture.notValid", p.item().name(null), String.valueOf(p.item().validFrom()),
                            String.valueOf(p.item().validTo()))
                    : CompensationText.get("gesture.retired", p.item().name(null)));
        }
        if (p.item().kind() == GestureKind.NEW_DELIVERY_DATE) {
            if (d.promisedDate() == null || !d.promisedDate().isAfter(today)) {
                throw new InvalidInputException("promisedDate", CompensationText.get("gesture.dateNeeded"));
            }
        } else if (d.promisedDate() != null && d.promisedDate().isBefore(today)) {
            throw new InvalidInputException("promisedDate", CompensationText.get("gesture.datePast"));
        }
        String note = text("note", d.note());
        String actor = store.actor();
        String team = teamOf(actor);
        return store.inTransaction(() -> {
            GestureCheck check = check(p.rules(), p.item(), p.cost(), team, p.c().getClient().getId(), 0);
            boolean own = rank(roleOf(actor)) >= rank(check.approvalRole()) && !check.overBudget()
                    && !check.overClientLimit();
            GestureEntry e = new GestureEntry();
            e.caseId = p.c().getId();
            e.clientId = p.c().getClient().getId();
            e.catalogueVersion = p.catalogue().version();
            e.itemCode = p.item().code();
            e.kind = p.item().kind().name();
            e.value = p.value();
            e.currency = p.item().kind().paysMoney() ? p.item().currency() : null;
            e.cost = p.cost();
            e.promisedDate = d.promisedDate();
            e.approvalRole = check.approvalRole().name();
            e.rootCause = investigations.of(e.caseId).map(Investigation::rootCause).orElse(null);
            e.team = team;
            e.overBudget = check.overBudget();
            e.overClientLimit = check.overClientLimit();
            e.proposedBy = actor;
            e.proposedAt = clock.now();
            e.note = note;
            e.state = GestureState.PROPOSED.name();
            e.updatedAt = e.proposedAt;
            return store.write(em -> {
                em.persist(e);
                em.flush();
                store.audit("gesture.propose", AUDIT_TYPE, e.id, null, summary(e), e.note);
                if (own) {
                    e.state = GestureState.APPROVED.name();
                    e.decidedBy = actor;
                    e.decidedAt = e.proposedAt;
                    em.flush();
                    store.audit("gesture.approve", AUDIT_TYPE, e.id, GestureState.PROPOSED.name(), summary(e),
                            CompensationText.get("audit.withinOwnLimit"));
                }
                posted(e);
                return record(e);
            });
        });
    }

    @Override
    public Gesture approve(long id, long expectedVersion, String overrideReason) {
        String reason = text("overrideReason", overrideReason);
        return change(id, expectedVersion, GestureState.APPROVED, e -> {
            String actor = store.actor();
            Role role = roleOf(actor);
            Catalogue cat = catalogue.current();
            CatalogueItem item = itemOf(e);
            GestureCheck check = check(cat.rules(), item, e.cost, e.team, e.clientId, e.id);
            Role needed = check.approvalRole();
            if (rank(role) < rank(needed)) {
                throw new InvalidInputException("role", CompensationText.get("approve.aboveLimit", actor,
                        money(e.cost, cat.rules().currency()), roleName(needed)));
            }
            Role override = check.overrideRole();
            if (override != null) {
                if (rank(role) < rank(override)) {
                    throw new InvalidInputException("role", CompensationText.get("approve.overrideRole",
                            String.join(" ", check.notes()), roleName(override)));
                }
                if (reason == null) {
                    throw new InvalidInputException("overrideReason", CompensationText.get("approve.overrideReason",
                            String.join(" ", check.notes())));
                }
                e.overrideReason = reason;
            }
            e.overBudget = check.overBudget();
            e.overClientLimit = check.overClientLimit();
            e.approvalRole = needed.name();
            e.decidedBy = actor;
            e.decidedAt = clock.now();
            if (override != null) {
                store.audit("gesture.override", AUDIT_TYPE, e.id, null, String.join(" ", check.notes()), reason);
            }
            return reason;
        });
    }

    @Override
    public Gesture reject(long id, long expectedVersion, String reason) {
        String r = text("reason", reason);
        if (r == null) {
            throw new InvalidInputException("reason", CompensationText.get("reject.reasonNeeded"));
        }
        return change(id, expectedVersion, GestureState.REJECTED, e -> {
            Role needed = Role.valueOf(e.approvalRole);
            if (rank(roleOf(store.actor())) < rank(needed)) {
                throw new InvalidInputException("role", CompensationText.get("reject.notAllowed", roleName(needed)));
            }
            e.decidedBy = store.actor();
            e.decidedAt = clock.now();
            e.reason = r;
            return r;
        });
    }

    @Override
    public Gesture offer(long id, long expectedVersion) {
        return change(id, expectedVersion, GestureState.OFFERED, e -> null);
    }

    @Override
    public Gesture answer(long id, long expectedVersion, boolean accepted, String reason) {
        String r = text("reason", reason);
        if (!accepted && r == null) {
            throw new InvalidInputException("reason", CompensationText.get("decline.reasonNeeded"));
        }
        return change(id, expectedVersion, accepted ? GestureState.ACCEPTED : GestureState.DECLINED, e -> {
            e.reason = r;
            if (accepted) {
                CatalogueItem item = itemOf(e);
                Instant due = e.promisedDate != null
                        ? e.promisedDate.atTime(17, 0).atZone(ZoneId.systemDefault()).toInstant()
                        : clock.now().plus(DEFAULT_PROMISE);
                e.commitmentId = cases.addCommitment(e.caseId, new CommitmentDraft(commitmentKind(item.kind()),
                        CompensationText.get("commitment.give", item.name(null)), due, null)).getId();
            }
            return r;
        });
    }

    @Override
    public Gesture fulfil(long id, long expectedVersion, String note) {
        String n = text("note", note);
        return change(id, expectedVersion, GestureState.FULFILLED, e -> {
            if (e.commitmentId != null) {
                cases.commitments(e.caseId).stream()
                        .filter(c -> c.getId() == e.commitmentId && c.getState() == CommitmentState.OPEN).findFirst()
                        .ifPresent(c -> cases.settleCommitment(c.getId(), c.getVersion(), CommitmentState.KEPT,
                                n == null ? CompensationText.get("commitment.kept") : n));
            }
            if (n != null) {
                e.note = e.note == null ? n : e.note + "\n" + n;
            }
            return n;
        });
    }

    private static CommitmentKind commitmentKind(GestureKind k) {
        return switch (k) {
            case REFUND, FIXED_CREDIT -> CommitmentKind.PAY;
            case REPLACEMENT -> CommitmentKind.REPLACE;
            case NEW_DELIVERY_DATE -> CommitmentKind.DELIVER;
            default -> CommitmentKind.OTHER;
        };
    }

    private interface Step {
        /** Applies the step to the entry; returns the reason to audit with it. */
        String apply(GestureEntry e);
    }

    /** One audited step of the workflow on a fresh copy, refused when the copy the user saw is stale. */
    private Gesture change(long id, long expectedVersion, GestureState target, Step step) {
        return store.inTransaction(() -> store.write(em -> {
            GestureEntry e = em.find(GestureEntry.class, id);
            if (e == null) {
                throw new NotFoundException("gesture", CompensationText.get("gesture.noSuch", id));
            }
            store.expectVersion(CompensationText.get("gesture.label"), id, expectedVersion, e.version);
            GestureState from = GestureState.valueOf(e.state);
            if (!from.next().contains(target)) {
                throw new InvalidInputException("state", CompensationText.get("gesture.badStep",
                        stateName(from), stateName(target)));
            }
            String reason = step.apply(e);
            e.state = target.name();
            e.updatedAt = clock.now();
            em.flush();
            store.audit("gesture." + verb(target), AUDIT_TYPE, e.id, from.name(), summary(e), reason);
            posted(e);
            return record(e);
        }));
    }

    private static String verb(GestureState s) {
        return switch (s) {
            case APPROVED -> "approve";
            case REJECTED -> "reject";
            case OFFERED -> "offer";
            case ACCEPTED -> "accept";
            case DECLINED -> "decline";
            case FULFILLED -> "fulfil";
            case PROPOSED -> "propose";
        };
    }

    // --- reading

    @Override
    public Optional<Gesture> find(long id) {
        return Optional.ofNullable(store.read(em -> em.find(GestureEntry.class, id))).map(GestureWorkflow::record);
    }

    @Override
    public List<Gesture> ofCase(long caseId) {
        return store.read(em -> em.createQuery("SELECT g FROM Gesture g WHERE g.caseId = :c ORDER BY g.id",
                GestureEntry.class).setParameter("c", caseId).getResultList().stream().map(GestureWorkflow::record)
                .toList());
    }

    @Override
    public List<Gesture> ofClient(long clientId) {
        return store.read(em -> em.createQuery(
                "SELECT g FROM Gesture g WHERE g.clientId = :c ORDER BY g.proposedAt DESC, g.id DESC", GestureEntry.class)
                .setParameter("c", clientId).getResultList().stream().map(GestureWorkflow::record).toList());
    }

    @Override
    public List<Gesture> awaitingApproval() {
        int rank = rank(roleOf(store.actor()));
        return store.read(em -> em.createQuery(
                "SELECT g FROM Gesture g WHERE g.state = 'PROPOSED' ORDER BY g.proposedAt, g.id", GestureEntry.class)
                .getResultList().stream().map(GestureWorkflow::record).filter(g -> decides(rank, g)).toList());
    }

    @Override
    public boolean mayDecide(Gesture g) {
        return g.state() == GestureState.PROPOSED && decides(rank(roleOf(store.actor())), g);
    }

    /** The role covers the gesture's cost, and any override it needs (budget: department head; client limit: supervisor). */
    private static boolean decides(int rank, Gesture g) {
        return rank >= rank(g.approvalRole()) && (!g.overBudget() || rank >= 2) && (!g.overClientLimit() || rank >= 1);
    }

    @Override
    public CatalogueItem itemOf(Gesture g) {
        return catalogue.version(g.catalogueVersion()).item(g.itemCode()).orElseThrow();
    }

    private CatalogueItem itemOf(GestureEntry e) {
        return catalogue.version(e.catalogueVersion).item(e.itemCode).orElseThrow();
    }

    // --- small parts

    private LocalDate today() {
        return LocalDate.ofInstant(clock.now(), ZoneId.systemDefault());
    }

    private Role roleOf(String login) {
        return users.find(login).filter(User::isActive).map(User::getRole).orElse(Role.AGENT);
    }

    private String teamOf(String login) {
        return users.find(login).map(User::getTeam).orElse("");
    }

    private void posted(GestureEntry e) {
        store.postAfterCommit(TOPIC, Map.of("id", e.id, "caseId", e.caseId, "state", e.state));
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > TEXT_MAX) {
            throw new InvalidInputException(field, CompensationText.get("text.tooLong", TEXT_MAX));
        }
        return value.strip();
    }

    static String money(BigDecimal amount, String currency) {
        return CatalogueRules.plain(amount) + " " + currency;
    }

    static String roleName(Role role) {
        return org.parley.compensation.Labels.of(role);
    }

    static String stateName(GestureState s) {
        return org.parley.compensation.Labels.of(s);
    }

    private static String summary(GestureEntry e) {
        return "{\"item\":\"" + e.itemCode + "\",\"catalogue\":" + e.catalogueVersion + ",\"cost\":"
                + CatalogueRules.plain(e.cost) + ",\"state\":\"" + e.state + "\",\"team\":\"" + e.team + "\"}";
    }

    static Gesture record(GestureEntry e) {
        return new Gesture(e.id, e.version, e.caseId, e.clientId, e.catalogueVersion, e.itemCode,
                GestureKind.valueOf(e.kind), e.value, e.currency, e.cost, e.promisedDate, GestureState.valueOf(e.state),
                Role.valueOf(e.approvalRole), e.rootCause, e.team, e.overBudget, e.overClientLimit, e.proposedBy,
                e.proposedAt, e.decidedBy, e.decidedAt, e.overrideReason, e.reason, e.note, e.updatedAt);
    }
}
