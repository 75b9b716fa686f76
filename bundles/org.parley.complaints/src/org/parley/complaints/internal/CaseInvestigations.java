package org.parley.complaints.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.complaints.Evidence;
import org.parley.complaints.Investigation;
import org.parley.complaints.InvestigationDraft;
import org.parley.complaints.InvestigationService;
import org.parley.complaints.RootCause;
import org.parley.complaints.StaffInvolvement;
import org.parley.core.service.CaseService;
import org.parley.core.service.Clock;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.NotFoundException;
import org.parley.core.service.Require;
import org.parley.core.service.Store;
import org.parley.core.service.UserService;

/**
 * Investigation before verdict: facts apart from emotions, a root cause, the staff and steps involved and the
 * evidence. Nobody is judged until the investigation is closed with evidence; a closed investigation is the
 * record the verdict rests on, so it is not changed afterwards.
 */
@Component(service = InvestigationService.class)
public class CaseInvestigations implements InvestigationService {

    static final String TOPIC = "org/parley/complaint/investigation";
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final List<String> SHIPPED_CAUSES = List.of("late-delivery", "product-quality", "staff-behaviour",
            "wrong-information", "billing-error", "process-gap", "client-misunderstanding");

    private final Store store;
    private final CaseService cases;
    private final UserService users;
    private final Clock clock;

    @Activate
    public CaseInvestigations(@Reference Store store, @Reference CaseService cases, @Reference UserService users,
            @Reference Clock clock) {
        this.store = store;
        this.cases = cases;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public Optional<Investigation> of(long caseId) {
        return Optional.ofNullable(find(caseId)).map(CaseInvestigations::view);
    }

    @Override
    public Investigation save(long caseId, long expectedVersion, InvestigationDraft draft) {
        Input.present("investigation", draft);
        String facts = Input.optional("facts", draft.facts(), 20000);
        String emotions = Input.optional("clientEmotions", draft.clientEmotions(), 20000);
        String steps = Input.optional("processSteps", draft.processSteps(), 4000);
        String cause = draft.rootCause() == null || draft.rootCause().isBlank() ? null : draft.rootCause().strip();
        if (cause != null && rootCauses().stream().noneMatch(r -> r.active() && r.code().equals(cause))) {
            throw new InvalidInputException("rootCause", ComplaintText.get("investigation.unknownCause", cause));
        }
        return change(caseId, expectedVersion, "investigation.save", null, e -> {
            e.facts = facts;
            e.clientEmotions = emotions;
            e.rootCause = cause;
            e.processSteps = steps;
        });
    }

    @Override
    public Investigation addEvidence(long caseId, String description, String reference) {
        String what = Input.text("evidence", description, 2000);
        String where = Input.optional("evidenceReference", reference, 1000);
        return change(caseId, -1, "investigation.evidence", null, e -> {
            InvestigationEntry.EvidenceItem item = new InvestigationEntry.EvidenceItem();
            item.description = what;
            item.reference = where;
            item.addedBy = store.actor();
            item.addedAt = clock.now();
            e.evidence.add(item);
        });
    }

    @Override
    public Investigation involve(long caseId, String staffLogin, String processStep) {
        String login = Require.login("staff", staffLogin);
        if (users.find(login).isEmpty()) {
            throw new InvalidInputException("staff", ComplaintText.get("investigation.noSuchStaff", login));
        }
        String step = Input.optional("processStep", processStep, 200);
        return change(caseId, -1, "investigation.involve", null, e -> {
            InvestigationEntry.StaffItem item = new InvestigationEntry.StaffItem();
            item.staffLogin = login;
            item.processStep = step;
            e.staff.add(item);
        });
    }

    @Override
    public Investigation close(long caseId, long expectedVersion, String conclusion) {
        String text = Input.text("conclusion", conclusion, 20000);
        InvestigationEntry current = find(caseId);
        if (current == null || current.facts == null) {
            throw new InvalidInputException("facts", ComplaintText.get("investigation.closeNeedsFacts"));
        }
        if (current.rootCause == null) {
            throw new InvalidInputException("rootCause", ComplaintText.get("investigation.closeNeedsCause"));
        }
        if (current.evidence.isEmpty()) {
            throw new InvalidInputException("evidence", ComplaintText.get("investigation.closeNeedsEvidence"));
        }
        return change(caseId, expectedVersion, "investigation.close", null, e -> {
            e.conclusion = text;
            e.closedAt = clock.now();
            e.closedBy = store.actor();
        });
    }

    @Override
    public Investigation judge(long caseId, int position, boolean atFault, String disciplinaryNote) {
        String note = Input.optional("disciplinaryNote", disciplinaryNote, 4000);
        InvestigationEntry current = find(caseId);
        // the guard: a verdict rests on a closed investigation with evidence, never on the client's anger
        if (current == null || current.closedAt == null) {
            throw new InvalidInputException("atFault", ComplaintText.get("investigation.judgeWhileOpen"));
        }
        if (current.evidence.isEmpty()) {
            throw new InvalidInputException("atFault", ComplaintText.get("investigation.judgeWithoutEvidence"));
        }
        if (position < 0 || position >= current.staff.size()) {
            throw new InvalidInputException("staff", ComplaintText.get("investigation.noSuchInvolvement", position));
        }
        return store.inTransaction(() -> {
            InvestigationEntry e = store.write(em -> {
                InvestigationEntry managed = em.find(InvestigationEntry.class, current.id);
                InvestigationEntry.StaffItem item = managed.staff.get(position);
                item.atFault = atFault;
                item.disciplinaryNote = note;
                // an element collection is replaced as a whole, so changing one item must mark the list changed
                managed.staff = new ArrayList<>(managed.staff);
                em.flush();
                return managed;
            });
            InvestigationEntry.StaffItem item = e.staff.get(position);
            store.audit("investigation.judge", "investigation", e.id, null,
                    Json.object("staff", item.staffLogin, "atFault", atFault, "note", note), note);
            post(caseId);
            return view(e);
        });
    }

    @Override
    public List<RootCause> rootCauses() {
        List<RootCause> configured = store.jdbc(c -> {
            List<RootCause> found = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT code, name, active FROM root_cause ORDER BY position, code")) {
                while (rs.next()) {
                    found.add(new RootCause(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
                }
            }
            return found;
        });
        if (!configured.isEmpty()) {
            return configured;
        }
        return SHIPPED_CAUSES.stream().map(code -> new RootCause(code, ComplaintText.get("cause." + code), true)).toList();
    }

    @Override
    public List<RootCause> saveRootCauses(List<RootCause> causes) {
        Admins.require(store, users, ComplaintText.get("admin.rootCauses"));
        if (causes == null || causes.isEmpty()) {
            throw new InvalidInputException("rootCauses", ComplaintText.get("causes.none"));
        }
        Set<String> codes = new HashSet<>();
        for (RootCause r : causes) {
            String code = Input.text("rootCauseCode", r.code(), 40).toLowerCase(Locale.ROOT);
            if (!CODE.matcher(code).matches()) {
                throw new InvalidInputException("rootCauseCode", ComplaintText.get("causes.badCode", code));
            }
            if (!codes.add(code)) {
                throw new InvalidInputException("rootCauseCode", ComplaintText.get("causes.twice", code));
            }
            Input.text("rootCauseName", r.name(), 200);
        }
        List<RootCause> before = rootCauses();
        return store.inTransaction(() -> {
            // a category already used by an investigation or a lesson may be retired, never removed
            List<String> used = store.jdbc(c -> {
                List<String> found = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT root_cause FROM investigation WHERE root_cause IS NOT NULL UNION SELECT root_cause FROM lesson")) {
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                }
                return found;
            });
            for (String code : used) {
                if (!codes.contains(code)) {
                    throw new InvalidInputException("rootCauseCode", ComplaintText.get("causes.inUse", code));
                }
            }
            store.jdbc(c -> {
                // rows in use are updated in place (foreign keys point at them); the rest are rewritten
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE root_cause SET name = ?, position = ?, active = ? WHERE code = ?");
                        PreparedStatement insert = c.prepareStatement(
                                "INSERT INTO root_cause (code, name, position, active) VALUES (?, ?, ?, ?)")) {
                    try (Statement s = c.createStatement()) {
                        StringBuilder keep = new StringBuilder("'-'");
                        for (String code : codes) {
                            keep.append(",'").append(code).append('\'');
                        }
                        s.executeUpdate("DELETE FROM root_cause WHERE code NOT IN (" + keep + ")");
                    }
                    for (int i = 0; i < causes.size(); i++) {
                        RootCause r = causes.get(i);
                        String code = r.code().strip().toLowerCase(Locale.ROOT);
                        update.setString(1, r.name().strip());
                        update.setInt(2, i);
                        update.setBoolean(3, r.active());
                        update.setString(4, code);
                        if (update.executeUpdate() == 0) {
                            insert.setString(1, code);
                            insert.setString(2, r.name().strip());
                            insert.setInt(3, i);
                            insert.setBoolean(4, r.active());
                            insert.executeUpdate();
                        }
                    }
                }
                return null;
            });
            store.audit("rootCauses.save", "rootCauses", 0, Json.object("rootCauses", before.toString()),
                    Json.object("rootCauses", causes.toString()), null);
            return rootCauses();
        });
    }

    /** The shipped categories become rows the first time an investigation names one, so it can be referred to. */
    static void materialiseShippedCauses(Store store) {
        store.jdbc(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM root_cause")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return null;
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO root_cause (code, name, position, active) VALUES (?, ?, ?, TRUE)")) {
                for (int i = 0; i < SHIPPED_CAUSES.size(); i++) {
                    p.setString(1, SHIPPED_CAUSES.get(i));
                    p.setString(2, ComplaintText.get("cause." + SHIPPED_CAUSES.get(i)));
                    p.setInt(3, i);
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }

    private interface Edit {
        void apply(InvestigationEntry e);
    }

    /**
     * Starts or changes the investigation in one transaction, audited. {@code expectedVersion} -1 skips the
     * version check (adding evidence or a person never overwrites what another user wrote).
     */
    private Investigation change(long caseId, long expectedVersion, String action, String reason, Edit edit) {
        if (cases.find(caseId).isEmpty()) {
            throw new NotFoundException("case", ComplaintText.get("complaint.noSuchCase", caseId));
        }
        return store.inTransaction(() -> {
            materialiseShippedCauses(store);
            InvestigationEntry e = store.write(em -> {
                List<InvestigationEntry> found = em.createQuery("SELECT i FROM Investigation i WHERE i.caseId = :case",
                        InvestigationEntry.class).setParameter("case", caseId).getResultList();
                InvestigationEntry entry;
                if (found.isEmpty()) {
                    if (expectedVersion > 0) {
                        store.expectVersion(ComplaintText.get("entity.investigation"), caseId, expectedVersion, 0);
                    }
                    entry = new InvestigationEntry();
                    entry.caseId = caseId;
                    entry.openedAt = clock.now();
                    entry.openedBy = store.actor();
                    em.persist(entry);
                } else {
                    entry = found.get(0);
                    if (expectedVersion >= 0) {
                        store.expectVersion(ComplaintText.get("entity.investigation"), caseId, expectedVersion, entry.version);
                    }
                    if (entry.closedAt != null) {
                        throw new InvalidInputException("investigation", ComplaintText.get("investigation.closed"));
                    }
                }
                String before = found.isEmpty() ? null : snapshot(entry);
                edit.apply(entry);
                entry.evidence = new ArrayList<>(entry.evidence);
                entry.staff = new ArrayList<>(entry.staff);
                em.flush();
                store.audit(action, "investigation", entry.id, before, snapshot(entry), reason);
                return entry;
            });
            post(caseId);
            return view(e);
        });
    }

    private InvestigationEntry find(long caseId) {
        return store.read(em -> em.createQuery("SELECT i FROM Investigation i WHERE i.caseId = :case",
                InvestigationEntry.class).setParameter("case", caseId).getResultList().stream().findFirst().orElse(null));
    }

    private void post(long caseId) {
        store.postAfterCommit(TOPIC, Map.of("caseId", caseId, "id", caseId));
    }

    private static Investigation view(InvestigationEntry e) {
        List<Evidence> evidence = e.evidence.stream()
                .map(x -> new Evidence(x.description, x.reference, x.addedBy, x.addedAt)).toList();
        List<StaffInvolvement> staff = new ArrayList<>();
        for (int i = 0; i < e.staff.size(); i++) {
            InvestigationEntry.StaffItem s = e.staff.get(i);
            staff.add(new StaffInvolvement(i, s.staffLogin, s.processStep, s.atFault, s.disciplinaryNote));
        }
        return new Investigation(e.id, e.version, e.caseId, e.facts, e.clientEmotions, e.rootCause, e.processSteps,
                e.conclusion, evidence, staff, e.openedAt, e.openedBy, e.closedAt, e.closedBy);
    }

    private static String snapshot(InvestigationEntry e) {
        return Json.object("facts", e.facts, "clientEmotions", e.clientEmotions, "rootCause", e.rootCause,
                "processSteps", e.processSteps, "conclusion", e.conclusion, "evidence", e.evidence.size(), "staff",
                e.staff.size(), "closedAt", e.closedAt);
    }
}
