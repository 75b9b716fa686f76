package org.parley.termination.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.parley.core.model.Client;
import org.parley.core.model.Language;
import org.parley.core.model.Role;
import org.parley.core.model.User;
import org.parley.core.service.ClientService;
import org.parley.core.service.Clock;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.NotFoundException;
import org.parley.core.service.Store;
import org.parley.core.service.UserService;
import org.parley.termination.ChecklistItem;
import org.parley.termination.Classification;
import org.parley.termination.ClientClassifier;
import org.parley.termination.Confirmation;
import org.parley.termination.Finding;
import org.parley.termination.TerminatedClient;
import org.parley.termination.Termination;
import org.parley.termination.TerminationService;
import org.parley.termination.TerminationState;
import org.parley.termination.extension.ClientHistory;
import org.parley.termination.extension.TerminationCondition;

/**
 * Ending relationships. The checklist is computed afresh each time from the record and the hand confirmations, so
 * an obligation kept a minute ago counts at once; only a director's override ends a relationship with items open.
 */
@Component(service = TerminationService.class)
public class ClientTerminations implements TerminationService {

    static final String TOPIC = "org/parley/termination/changed";
    private static final int TEXT_MAX = 2000;
    private static final int LETTER_MAX = 20000;

    private final Store store;
    private final ClientService clients;
    private final UserService users;
    private final ClientClassifier classifier;
    private final Clock clock;
    private final List<TerminationCondition> conditions = new CopyOnWriteArrayList<>();
    private final HistoryReader history;

    @Activate
    public ClientTerminations(@Reference Store store, @Reference ClientService clients, @Reference UserService users,
            @Reference ClientClassifier classifier, @Reference Clock clock) {
        this.store = store;
        this.clients = clients;
        this.users = users;
        this.classifier = classifier;
        this.clock = clock;
        this.history = new HistoryReader(store);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addCondition(TerminationCondition condition) {
        conditions.add(condition);
    }

    public void removeCondition(TerminationCondition condition) {
        conditions.remove(condition);
    }

    // --- the role ladder of this capability

    static int rank(Role role) {
        return switch (role) {
            case DIRECTOR -> 3;
            case DEPARTMENT_HEAD -> 2;
            case SUPERVISOR -> 1;
            default -> 0;
        };
    }

    private Role actorRole() {
        return users.find(store.actor()).filter(User::isActive).map(User::getRole).orElse(Role.AGENT);
    }

    private void require(Role needed, String what) {
        if (rank(actorRole()) < rank(needed)) {
            throw new InvalidInputException("role", TerminationText.get("role.needed", store.actor(), what,
                    TerminationText.get("role." + needed.name())));
        }
    }

    // --- the workflow

    @Override
    public Termination start(long clientId, String reason) {
        Client client = client(clientId);
        String r = required("reason", reason);
        require(Role.SUPERVISOR, TerminationText.get("what.start"));
        return store.inTransaction(() -> {
            Optional<Termination> now = newest(store, clientId);
            if (now.isPresent() && (now.get().state() == TerminationState.STARTED
                    || now.get().state() == TerminationState.TERMINATED)) {
                throw new InvalidInputException("client", TerminationText.get("start.already", client.getName(),
                        TerminationText.get("state." + now.get().state().name())));
            }
            long id = store.write(em -> {
                TerminationEntry e = new TerminationEntry();
                e.clientId = clientId;
                e.state = TerminationState.STARTED.name();
                e.reason = r;
                e.startedBy = store.actor();
                e.startedAt = clock.now();
                em.persist(e);
                em.flush();
                store.audit("termination.start", AUDIT_TYPE, e.id, null, client.getName(), r);
                return e.id;
            });
            posted(clientId);
            return find(id);
        });
    }

    @Override
    public Optional<Termination> current(long clientId) {
        return newest(store, clientId);
    }

    @Override
    public List<ChecklistItem> checklist(long clientId) {
        return checklist(started(clientId));
    }

    private List<ChecklistItem> checklist(Termination t) {
        // the whole record: an old promise still open blocks as much as a new one
        ClientHistory record = history.read(client(t.clientId()), Instant.EPOCH, clock.now().plusSeconds(1));
        List<TerminationCondition> sorted = new ArrayList<>(conditions);
        sorted.sort(Comparator.comparing((TerminationCondition c) -> !c.mandatory())
                .thenComparingInt(TerminationCondition::rank).thenComparing(TerminationCondition::id));
        Locale locale = Locale.getDefault();
        List<ChecklistItem> out = new ArrayList<>();
        for (TerminationCondition c : sorted) {
            TerminationCondition.Check check = c.confirmRole() != null ? confirmed(t, c.id(), c.confirmRole())
                    : c.check(t, record);
            out.add(new ChecklistItem(c.id(), c.label(locale), c.mandatory(), check.satisfied(), check.details(),
                    check.open(), c.confirmRole()));
        }
        return out;
    }

    /** A hand-confirmed item: who confirmed it and when, or whose confirmation it waits for. */
    static TerminationCondition.Check confirmed(Termination t, String conditionId, Role role) {
        Confirmation c = t.confirmations().get(conditionId);
        if (c == null) {
            String waits = TerminationText.get("condition.waitsFor", TerminationText.get("role." + role.name()));
            return new TerminationCondition.Check(false, waits, List.of(waits));
        }
        return new TerminationCondition.Check(true, TerminationText.get("condition.confirmed", c.by(), day(c.at()),
                c.note() == null ? "" : c.note()), List.of());
    }

    @Override
    public Termination confirm(long clientId, String conditionId, String note) {
        Termination t = started(clientId);
        TerminationCondition condition = conditions.stream().filter(c -> c.id().equals(conditionId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("condition", TerminationText.get("confirm.unknown",
                        String.valueOf(conditionId))));
        if (condition.confirmRole() == null) {
            throw new InvalidInputException("condition", TerminationText.get("confirm.fromRecord",
                    condition.label(Locale.getDefault())));
        }
        require(condition.confirmRole(), condition.label(Locale.getDefault()));
        String n = optional("note", note);
        return store.inTransaction(() -> {
            store.jdbc(c -> {
                try (PreparedStatement d = c.prepareStatement(
                        "DELETE FROM termination_confirmation WHERE termination_id = ? AND condition_id = ?");
                        PreparedStatement p = c.prepareStatement("INSERT INTO termination_confirmation "
                                + "(termination_id, condition_id, confirmed_by, confirmed_at, note) VALUES (?, ?, ?, ?, ?)")) {
                    d.setLong(1, t.id());
                    d.setString(2, conditionId);
                    d.executeUpdate();
                    p.setLong(1, t.id());
                    p.setString(2, conditionId);
                    p.setString(3, store.actor());
                    p.setTimestamp(4, Timestamp.from(clock.now()));
                    p.setString(5, n);
                    p.executeUpdate();
                }
                return null;
            });
            store.audit("termination.confirm", AUDIT_TYPE, t.id(), null, conditionId, n);
            posted(clientId);
            return find(t.id());
        });
    }

    @Override
    public String draftLetter(long clientId) {
        Client client = client(clientId);
        Language language = languageOf(client);
        String agent = users.find(store.actor()).map(User::getDisplayName).orElse(store.actor());
        return template("termination", language).replace("{client}", client.getName()).replace("{agent}", agent)
                .replace("{date}", LocalDate.ofInstant(clock.now(), ZoneId.systemDefault()).toString()).strip();
    }

    @Override
    public Termination saveLetter(long clientId, String letter) {
        Termination t = started(clientId);
        if (letter == null || letter.isBlank()) {
            throw new InvalidInputException("letter", TerminationText.get("letter.empty"));
        }
        if (letter.length() > LETTER_MAX) {
            throw new InvalidInputException("letter", TerminationText.get("letter.tooLong", LETTER_MAX));
        }
        Language language = languageOf(client(clientId));
        return change(t, "termination.letter", null, e -> {
            e.letter = letter.strip();
            e.letterLanguage = language.code();
        });
    }

    @Override
    public Termination terminate(long clientId) {
        Termination t = started(clientId);
        require(Role.SUPERVISOR, TerminationText.get("what.end"));
        List<String> missing = new ArrayList<>();
        for (ChecklistItem i : checklist(t)) {
            if (i.mandatory() && !i.satisfied()) {
                missing.add(i.label() + (i.open().isEmpty() ? "" : " (" + String.join("; ", i.open()) + ")"));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException("checklist", TerminationText.get("end.blocked", String.join("\n", missing)));
        }
        return change(t, "termination.end", null, e -> {
            e.state = TerminationState.TERMINATED.name();
            e.endedBy = store.actor();
            e.endedAt = clock.now();
        });
    }

    @Override
    public Termination override(long clientId, String reason) {
        Termination t = started(clientId);
        String r = required("reason", reason);
        require(Role.DIRECTOR, TerminationText.get("what.override"));
        List<String> open = checklist(t).stream().filter(i -> i.mandatory() && !i.satisfied())
                .map(ChecklistItem::label).toList();
        return change(t, "termination.override", r + " [" + String.join("; ", open) + "]", e -> {
            e.state = TerminationState.TERMINATED.name();
            e.endedBy = store.actor();
            e.endedAt = clock.now();
            e.overrideReason = r;
        });
    }

    @Override
    public Termination reverse(long clientId, String reason) {
        Termination t = newest(store, clientId).filter(x -> x.state() == TerminationState.TERMINATED).orElseThrow(
                () -> new InvalidInputException("client", TerminationText.get("reverse.notEnded",
                        client(clientId).getName())));
        String r = required("reason", reason);
        require(Role.SUPERVISOR, TerminationText.get("what.reverse"));
        return change(t, "termination.reverse", r, e -> {
            e.state = TerminationState.REVERSED.name();
            e.reversedBy = store.actor();
            e.reversedAt = clock.now();
            e.reversalReason = r;
        });
    }

    @Override
    public Termination cancel(long clientId, String reason) {
        Termination t = started(clientId);
        String r = required("reason", reason);
        require(Role.SUPERVISOR, TerminationText.get("what.cancel"));
        return change(t, "termination.cancel", r, e -> {
            e.state = TerminationState.CANCELLED.name();
            e.reversalReason = r;
        });
    }

    @Override
    public boolean isTerminated(long clientId) {
        return newest(store, clientId).map(t -> t.state() == TerminationState.TERMINATED).orElse(false);
    }

    @Override
    public List<TerminatedClient> terminated() {
        List<TerminationEntry> ended = store.read(em -> em.createQuery("SELECT t FROM Termination t WHERE t.state = "
                + "'TERMINATED' ORDER BY t.endedAt DESC, t.id DESC", TerminationEntry.class).getResultList());
        List<TerminatedClient> out = new ArrayList<>();
        for (TerminationEntry e : ended) {
            Classification c = classifier.classify(e.clientId);
            List<Finding> evidence = c.findings().stream().filter(Finding::triggered).toList();
            out.add(new TerminatedClient(e.clientId, c.clientName(), e.endedAt, e.endedBy, e.reason,
                    e.overrideReason, evidence));
        }
        return out;
    }

    // --- small parts

    private interface Edit {
        void apply(TerminationEntry e);
    }

    private Termination change(Termination t, String action, String reason, Edit edit) {
        return store.inTransaction(() -> {
            store.write(em -> {
                TerminationEntry e = em.find(TerminationEntry.class, t.id());
                store.expectVersion(TerminationText.get("termination.label"), t.id(), t.version(), e.version);
                String before = e.state;
                edit.apply(e);
                em.flush();
                store.audit(action, AUDIT_TYPE, e.id, before, e.state, reason);
                return null;
            });
            posted(t.clientId());
            return find(t.id());
        });
    }

    private Termination started(long clientId) {
        return newest(store, clientId).filter(t -> t.state() == TerminationState.STARTED).orElseThrow(
                () -> new InvalidInputException("client", TerminationText.get("notStarted", client(clientId).getName())));
    }

    private Termination find(long id) {
        TerminationEntry e = store.read(em -> em.find(TerminationEntry.class, id));
        return record(store, e);
    }

    /** The client's newest termination, with its confirmations. */
    static Optional<Termination> newest(Store store, long clientId) {
        List<TerminationEntry> found = store.read(em -> em.createQuery("SELECT t FROM Termination t WHERE "
                + "t.clientId = :c ORDER BY t.startedAt DESC, t.id DESC", TerminationEntry.class)
                .setParameter("c", clientId).setMaxResults(1).getResultList());
        return found.stream().findFirst().map(e -> record(store, e));
    }

    private static Termination record(Store store, TerminationEntry e) {
        Map<String, Confirmation> confirmations = store.jdbc(c -> {
            Map<String, Confirmation> out = new LinkedHashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT condition_id, confirmed_by, confirmed_at, note FROM "
                    + "termination_confirmation WHERE termination_id = ?")) {
                p.setLong(1, e.id);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new Confirmation(rs.getString(1), rs.getString(2),
                                rs.getTimestamp(3).toInstant(), rs.getString(4)));
                    }
                }
            }
            return out;
        });
        return new Termination(e.id, e.version, e.clientId, TerminationState.valueOf(e.state), e.reason, e.startedBy,
                e.startedAt, e.letter, e.letterLanguage, e.endedBy, e.endedAt, e.overrideReason, e.reversedBy,
                e.reversedAt, e.reversalReason, confirmations);
    }

    private Client client(long clientId) {
        return clients.find(clientId).orElseThrow(
                () -> new NotFoundException("client", TerminationText.get("client.noSuch", clientId)));
    }

    static Language languageOf(Client client) {
        Language l = Language.ofCode(client.getLanguage());
        return l == null ? Language.EN : l;
    }

    /** A letter template of this bundle in the language, e.g. {@code templates/termination_ru.txt}. */
    static String template(String name, Language language) {
        try (InputStream in = ClientTerminations.class.getClassLoader()
                .getResourceAsStream("templates/" + name + "_" + language.code() + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("templates/" + name + "_" + language.code() + ".txt is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String day(Instant at) {
        return at == null ? "" : LocalDate.ofInstant(at, ZoneId.systemDefault()).toString();
    }

    private void posted(long clientId) {
        store.postAfterCommit(TOPIC, Map.of("clientId", clientId));
    }

    private static String required(String field, String text) {
        String t = optional(field, text);
        if (t == null) {
            throw new InvalidInputException(field, TerminationText.get("reason.required"));
        }
        return t;
    }

    private static String optional(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > TEXT_MAX) {
            throw new InvalidInputException(field, TerminationText.get("text.tooLong", TEXT_MAX));
        }
        return text.strip();
    }
}
