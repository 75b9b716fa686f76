package org.parley.store.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.core.extension.CaseEvents;
import org.parley.core.model.Case;
import org.parley.core.model.CaseStatus;
import org.parley.core.model.Client;
import org.parley.core.model.Commitment;
import org.parley.core.model.FieldTarget;
import org.parley.core.model.FieldType;
import org.parley.core.model.CommitmentState;
import org.parley.core.model.Interaction;
import org.parley.core.model.Severity;
import org.parley.core.model.User;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.CaseQuery;
import org.parley.core.service.CaseRow;
import org.parley.core.service.CaseService;
import org.parley.core.service.CaseSort;
import org.parley.core.service.CommitmentDraft;
import org.parley.core.service.CustomField;
import org.parley.core.service.FieldCriterion;
import org.parley.core.service.InteractionDraft;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.NotFoundException;
import org.parley.core.service.Require;

/** Cases, interactions and commitments in the database; lists are filtered, sorted and paged in SQL. */
@Component(service = CaseService.class)
public class JpaCaseService implements CaseService {

    private final JpaStore store;

    /** Pages from this offset on may be read from the other end; shallower ones need no count. Tests lower it. */
    int reverseFrom = 10_000;

    @Activate
    public JpaCaseService(@Reference JpaStore store) {
        this.store = store;
    }

    @Override
    public Case open(CaseDraft draft) {
        return store.write(em -> {
            Client client = em.find(Client.class, draft.clientId());
            if (client == null) {
                throw new NotFoundException("client", StoreText.get("client.notFound", draft.clientId()));
            }
            Case c = new Case(client, draft.title(), draft.channel(), store.clock().now());
            c.setDescription(draft.description());
            c.setSeverity(draft.severity());
            c.setLevelArisen(draft.levelArisen());
            // the practice: a conflict is resolved one level above the level where it arose
            c.setLevelHandling(draft.levelArisen() + 1);
            c.setOwner(draft.ownerLogin() == null ? null : user(em, draft.ownerLogin(), "owner"));
            em.persist(c);
            c.setNumber(Case.numberFor(c.getId()));
            em.flush();
            store.audit("case.opened", EntityNames.CASE, c.getId(), null, AuditSnapshot.of(c), null);
            post(CaseEvents.CASE_OPENED, c.getId(), c.getId());
            return c;
        });
    }

    @Override
    public Optional<Case> find(long caseId) {
        return store.read(em -> Optional.ofNullable(em.find(Case.class, caseId)));
    }

    @Override
    public Case update(long caseId, long expectedVersion, String title, String description, Severity severity) {
        String t = Require.text("title", title, 200);
        String d = Require.optionalText("description", description, 20000);
        Severity s = Require.present("severity", severity);
        return change(caseId, expectedVersion, "case.updated", null, c -> {
            c.setTitle(t);
            c.setDescription(d);
            c.setSeverity(s);
        });
    }

    @Override
    public Case changeStatus(long caseId, long expectedVersion, CaseStatus target, String reason) {
        CaseStatus to = Require.present("status", target);
        String why = Require.optionalText("reason", reason, 2000);
        return change(caseId, expectedVersion, "case.status", why, c -> {
            if (!c.getStatus().canMoveTo(to)) {
                throw new InvalidInputException("status", StoreText.get("case.badTransition", c.getNumber(),
                        c.getStatus(), to, c.getStatus().next().stream().map(Enum::name).collect(Collectors.joining(", "))));
            }
            if (to == CaseStatus.ACKNOWLEDGED && c.getAcknowledgedAt() == null) {
                c.setAcknowledgedAt(store.clock().now());
            }
            if (to == CaseStatus.CLOSED) {
                c.setClosedAt(store.clock().now());
            } else if (c.getStatus() == CaseStatus.CLOSED) {
                c.setClosedAt(null);
            }
            c.setStatus(to);
        });
    }

    @Override
    public Case assign(long caseId, long expectedVersion, String ownerLogin, String reason) {
        String login = ownerLogin == null || ownerLogin.isBlank() ? null : Require.login("owner", ownerLogin);
        String why = Require.optionalText("reason", reason, 2000);
        return change(caseId, expectedVersion, "case.assigned", why, c -> c.setOwner(login == null ? null
                : store.read(em -> user(em, login, "owner"))));
    }

    private Case change(long caseId, long expectedVersion, String action, String reason,
            java.util.function.Consumer<Case> edit) {
        return store.write(em -> {
            Case c = caseById(em, caseId);
            JpaStore.checkVersion(EntityNames.CASE, caseId, expectedVersion, c.getVersion());
            String before = AuditSnapshot.of(c);
            edit.accept(c);
            em.flush();
            store.audit(action, EntityNames.CASE, caseId, before, AuditSnapshot.of(c), reason);
            post(CaseEvents.CASE_CHANGED, caseId, caseId);
            return c;
        });
    }

    @Override
    public long count(CaseQuery query) {
        Map<String, Object> params = new java.util.HashMap<>();
        StringBuilder where = new StringBuilder();
        return store.read(em -> {
            where(em, query, where, params, true);
            return count(em, where, params);
        });
    }

    private static long count(EntityManager em, CharSequence where, Map<String, Object> params) {
        return bind(em.createQuery("SELECT COUNT(c) FROM ConflictCase c" + where, Long.class), params).getSingleResult();
    }

    /**
     * Two steps, so that a page deep in a million cases stays fast: the ids of the page are found on the case
     * table alone (its indexes serve the sort), then only those rows are read with the owner.
     */
    @Override
    public List<CaseRow> list(CaseQuery query, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 10_000) {
            throw new InvalidInputException("page", StoreText.get("case.badPage", offset, limit));
        }
        String column = switch (query.sort()) {
            case NUMBER -> "c.id";
            case TITLE -> "c.title";
            case STATUS -> "c.status";
            case SEVERITY -> "c.severity";
            case CLIENT -> "c.clientName";
            case OWNER -> "o.login";
            case OPENED -> "c.openedAt";
        };
        Map<String, Object> params = new java.util.HashMap<>();
        StringBuilder where = new StringBuilder();
        return store.read(em -> {
            where(em, query, where, params, false);
            // A page in the second half is read from the other end, in the opposite order: the database counts
            // its way to an offset, so the last page costs what the first does instead of a walk over every row.
            int from = offset;
            int size = limit;
            boolean reversed = false;
            if (offset > reverseFrom) {
                long total = count(em, query);
                if (offset >= total) {
                    return List.<CaseRow>of();
                }
                if (offset > total / 2) {
                    reversed = true;
                    size = (int) Math.min(limit, total - offset);
                    from = (int) (total - offset - size);
                }
            }
            boolean descending = query.descending() != reversed;
            List<Long> page = new ArrayList<>(bind(em.createQuery(idsQuery(query, column, where, descending), Long.class),
                    params).setFirstResult(from).setMaxResults(size).getResultList());
            if (reversed) {
                java.util.Collections.reverse(page);
            }
            if (page.isEmpty()) {
                return List.<CaseRow>of();
            }
            Map<Long, CaseRow> rows = new java.util.HashMap<>();
            for (CaseRow r : em.createQuery("SELECT NEW org.parley.core.service.CaseRow(c.id, c.number, c.title, "
                    + "c.status, c.severity, c.channel, c.clientName, o.login, c.levelHandling, c.openedAt) "
                    + "FROM ConflictCase c LEFT JOIN c.owner o WHERE c.id IN :ids", CaseRow.class)
                    .setParameter("ids", page).getResultList()) {
                rows.put(r.id(), r);
            }
            return page.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
        });
    }

    private static String idsQuery(CaseQuery query, String column, CharSequence where, boolean descending) {
        String dir = descending ? " DESC" : " ASC";
        StringBuilder ids = new StringBuilder("SELECT c.id FROM ConflictCase c");
        if (query.sort() == CaseSort.OWNER) {
            ids.append(" LEFT JOIN c.owner o");
        }
        ids.append(where);
        // With a text filter few rows may match: walking the sort index and reading row after row to find them
        // is far slower than scanning the table and sorting the matches, so the sort key is made unindexable.
        String key = query.text() != null && query.sort() != CaseSort.NUMBER ? "COALESCE(" + column + ", " + column + ")" : column;
        // the id breaks ties so that pages never overlap or skip rows
        ids.append(" ORDER BY ").append(key).append(dir);
        if (!"c.id".equals(column)) {
            ids.append(", c.id").append(dir);
        }
        return ids.toString();
    }

    /** The count of {@code query}, with the field conditions written for counting (see {@link #fieldConditions}). */
    private static long count(EntityManager em, CaseQuery query) {
        Map<String, Object> params = new java.util.HashMap<>();
        StringBuilder where = new StringBuilder();
        where(em, query, where, params, true);
        return count(em, where, params);
    }

    /**
     * @param counting whether the conditions are for a count, which reads every match, rather than for a page,
     *                 which reads the first matches in the sort order
     */
    private static void where(EntityManager em, CaseQuery q, StringBuilder jpql, Map<String, Object> params,
            boolean counting) {
        List<String> conditions = new ArrayList<>();
        if (q.text() != null) {
            String t = q.text().toLowerCase(java.util.Locale.ROOT);
            conditions.add("(LOWER(c.title) LIKE :text ESCAPE '\\' OR LOWER(c.clientName) LIKE :text ESCAPE '\\' "
                    + "OR LOWER(c.number) LIKE :text ESCAPE '\\')");
            params.put("text", "%" + Like.escape(t) + "%");
        }
        if (!q.statuses().isEmpty()) {
            conditions.add("c.status IN :statuses");
            params.put("statuses", List.copyOf(q.statuses()));
        }
        if (q.severity() != null) {
            conditions.add("c.severity = :severity");
            params.put("severity", q.severity());
        }
        if (q.ownerLogin() != null) {
            conditions.add("c.owner.login = :owner");
            params.put("owner", q.ownerLogin());
        }
        if (q.clientId() != null) {
            conditions.add("c.client.id = :client");
            params.put("client", q.clientId());
        }
        // a count is driven by the case fields' values only when no indexed condition on the case narrows it first
        boolean byValues = counting && q.statuses().isEmpty() && q.severity() == null && q.ownerLogin() == null
                && q.clientId() == null;
        fieldConditions(em, q.fields(), conditions, params, byValues);
        if (!conditions.isEmpty()) {
            jpql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
    }

    /**
     * One condition per criterion on a custom field. A page is read with EXISTS: the database walks the sort
     * index and probes the value table by (field, value, owner) for each case until the page is full. A count
     * reads every match: when {@code byValues}, a condition on a field of the case is written as
     * {@code c.id IN (SELECT ...)}, so that H2 reads the matching values from the (field, value) index and looks
     * the cases up by id instead of probing the value table for each of a million cases (a rare choice or a
     * number range: 1.5 to 4.6 s before, under 0.1 s after; see docs/benchmarks.md). Not otherwise: with a status
     * filter H2 then drives the count by the values rather than by the status index (0.4 s became 2.6 s), and on
     * a field of the client it looked up the cases of each matching client more slowly than it probes.
     * PostgreSQL plans both forms as semi-joins (not measured on it).
     */
    private static void fieldConditions(EntityManager em, List<FieldCriterion> criteria, List<String> conditions,
            Map<String, Object> params, boolean byValues) {
        Map<FieldTarget, List<CustomField>> defined = new java.util.EnumMap<>(FieldTarget.class);
        int n = 0;
        for (FieldCriterion k : criteria) {
            CustomField f = defined.computeIfAbsent(k.target(), t -> JpaCustomFields.fields(em, t)).stream()
                    .filter(x -> x.code().equals(k.code())).findFirst()
                    .orElseThrow(() -> new InvalidInputException(k.code(), StoreText.get("customField.unknown", k.code(),
                            JpaCustomFields.targetName(k.target()))));
            String p = "cf" + n++;
            StringBuilder c = byValues && k.target() == FieldTarget.CASE
                    ? new StringBuilder("c.id IN (SELECT v.ownerId FROM CustomFieldValue v WHERE v.fieldId = :").append(p)
                    : new StringBuilder("EXISTS (SELECT v.ownerId FROM CustomFieldValue v WHERE v.fieldId = :")
                            .append(p).append(" AND v.ownerId = ").append(k.target() == FieldTarget.CASE ? "c.id" : "c.client.id");
            params.put(p, f.id());
            String from = k.from();
            String to = k.to();
            if (k.text() != null && (f.type() == FieldType.NUMBER || f.type() == FieldType.DATE)) {
                from = k.text();
                to = k.text();
            }
            switch (f.type()) {
                case TEXT -> {
                    if (k.text() != null) {
                        c.append(" AND LOWER(v.textValue) LIKE :").append(p).append("t ESCAPE '\\'");
                        params.put(p + "t", "%" + Like.escape(k.text().toLowerCase(java.util.Locale.ROOT)) + "%");
                    }
                }
                case CHOICE -> {
                    if (k.text() != null) {
                        c.append(" AND v.choiceValue = :").append(p).append("t");
                        params.put(p + "t", f.normalize(k.text()));
                    }
                }
                case NUMBER -> {
                    range(c, "v.numberValue", p, params, from == null ? null : f.number(from), to == null ? null : f.number(to));
                }
                case DATE -> {
                    range(c, "v.dateValue", p, params, from == null ? null : f.date(from), to == null ? null : f.date(to));
                }
            }
            conditions.add(c.append(")").toString());
        }
    }

    private static void range(StringBuilder c, String column, String p, Map<String, Object> params, Object from, Object to) {
        if (from != null && from.equals(to)) {
            c.append(" AND ").append(column).append(" = :").append(p).append("a");
            params.put(p + "a", from);
            return;
        }
        if (from != null) {
            c.append(" AND ").append(column).append(" >= :").append(p).append("a");
            params.put(p + "a", from);
        }
        if (to != null) {
            c.append(" AND ").append(column).append(" <= :").append(p).append("b");
            params.put(p + "b", to);
        }
        if (from == null && to == null) {
            c.append(" AND ").append(column).append(" IS NOT NULL");
        }
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }

    @Override
    public Interaction addInteraction(long caseId, InteractionDraft draft) {
        return store.write(em -> {
            Case c = caseById(em, caseId);
            Interaction i = new Interaction(c, draft.channel(), draft.direction(), draft.occurredAt(), store.actor());
            i.setClientWords(draft.clientWords());
            i.setAgentSummary(draft.agentSummary());
            em.persist(i);
            em.flush();
            store.audit("interaction.added", EntityNames.INTERACTION, i.getId(), null, AuditSnapshot.of(i), null);
            post(CaseEvents.INTERACTION_ADDED, i.getId(), caseId);
            return i;
        });
    }

    @Override
    public List<Interaction> interactions(long caseId) {
        return store.read(em -> em.createQuery(
                "SELECT i FROM Interaction i WHERE i.conflictCase.id = :case ORDER BY i.occurredAt, i.id", Interaction.class)
                .setParameter("case", caseId).getResultList());
    }

    @Override
    public Commitment addCommitment(long caseId, CommitmentDraft draft) {
        return store.write(em -> {
            Case c = caseById(em, caseId);
            String owner = draft.ownerLogin() == null ? store.actor() : user(em, draft.ownerLogin(), "owner").getLogin();
            Commitment k = new Commitment(c, draft.kind(), draft.description(), draft.dueAt(), owner, store.clock().now());
            em.persist(k);
            em.flush();
            store.audit("commitment.made", EntityNames.COMMITMENT, k.getId(), null, AuditSnapshot.of(k), null);
            post(CaseEvents.COMMITMENT_CHANGED, k.getId(), caseId);
            return k;
        });
    }

    @Override
    public Commitment settleCommitment(long commitmentId, long expectedVersion, CommitmentState outcome, String note) {
        CommitmentState o = Require.present("state", outcome);
        String n = Require.optionalText("note", note, 2000);
        if (o == CommitmentState.OPEN) {
            throw new InvalidInputException("state", StoreText.get("commitment.settleToOpen"));
        }
        return store.write(em -> {
            Commitment k = em.find(Commitment.class, commitmentId);
            if (k == null) {
                throw new NotFoundException("commitment", StoreText.get("commitment.notFound", commitmentId));
            }
            JpaStore.checkVersion(EntityNames.COMMITMENT, commitmentId, expectedVersion, k.getVersion());
            if (k.getState() != CommitmentState.OPEN) {
                throw new InvalidInputException("state", StoreText.get("commitment.alreadySettled", k.getDescription(), k.getState()));
            }
            String before = AuditSnapshot.of(k);
            k.settle(o, store.clock().now(), n);
            em.flush();
            store.audit("commitment.settled", EntityNames.COMMITMENT, commitmentId, before, AuditSnapshot.of(k), n);
            post(CaseEvents.COMMITMENT_CHANGED, commitmentId, k.getCase().getId());
            return k;
        });
    }

    @Override
    public List<Commitment> commitments(long caseId) {
        return store.read(em -> em.createQuery(
                "SELECT k FROM Commitment k WHERE k.conflictCase.id = :case ORDER BY k.dueAt, k.id", Commitment.class)
                .setParameter("case", caseId).getResultList());
    }

    @Override
    public List<Commitment> openCommitmentsOf(String login, int limit) {
        return store.read(em -> em.createQuery("SELECT k FROM Commitment k WHERE k.owner = :owner AND k.state = :open "
                + "ORDER BY k.dueAt, k.id", Commitment.class)
                .setParameter("owner", login).setParameter("open", CommitmentState.OPEN)
                .setMaxResults(Math.max(1, Math.min(limit, 10_000))).getResultList());
    }

    private static Case caseById(EntityManager em, long caseId) {
        Case c = em.find(Case.class, caseId);
        if (c == null) {
            throw new NotFoundException("case", StoreText.get("case.notFound", caseId));
        }
        return c;
    }

    private static User user(EntityManager em, String login, String field) {
        return em.createQuery("SELECT u FROM ParleyUser u WHERE u.login = :login AND u.active = TRUE", User.class)
                .setParameter("login", login).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(field, StoreText.get("user.notFound", login)));
    }

    private void post(String topic, long id, long caseId) {
        store.postAfterCommit(topic, Map.of(CaseEvents.PROPERTY_ID, id, CaseEvents.PROPERTY_CASE_ID, caseId));
    }
}
