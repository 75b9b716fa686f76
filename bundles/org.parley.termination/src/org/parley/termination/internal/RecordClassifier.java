package org.parley.termination.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.parley.core.model.Client;
import org.parley.core.service.ClientService;
import org.parley.core.service.Clock;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.NotFoundException;
import org.parley.core.service.Store;
import org.parley.core.service.UserService;
import org.parley.termination.Classification;
import org.parley.termination.ClassificationRules;
import org.parley.termination.ClientClassifier;
import org.parley.termination.ClientKind;
import org.parley.termination.Finding;
import org.parley.termination.extension.ClientHistory;
import org.parley.termination.extension.ClientIndicator;

/**
 * A client with a problem or a problem client, decided by counting the installed indicators that reach their
 * thresholds over the window; each finding keeps the cases and dates it rests on.
 */
@Component(service = ClientClassifier.class)
public class RecordClassifier implements ClientClassifier {

    static final int DEFAULT_WINDOW = 365;
    static final int DEFAULT_PROBLEM_AT = 2;
    static final int DEFAULT_ATTEMPTS = 2;
    private static final int MAX_DAYS = 3660;

    private final Store store;
    private final ClientService clients;
    private final UserService users;
    private final Clock clock;
    private final HistoryReader history;
    private final List<ClientIndicator> indicators = new CopyOnWriteArrayList<>();

    @Activate
    public RecordClassifier(@Reference Store store, @Reference ClientService clients, @Reference UserService users,
            @Reference Clock clock) {
        this.store = store;
        this.clients = clients;
        this.users = users;
        this.clock = clock;
        this.history = new HistoryReader(store);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addIndicator(ClientIndicator indicator) {
        indicators.add(indicator);
    }

    public void removeIndicator(ClientIndicator indicator) {
        indicators.remove(indicator);
    }

    private List<ClientIndicator> sortedIndicators() {
        List<ClientIndicator> sorted = new ArrayList<>(indicators);
        sorted.sort(Comparator.comparing(ClientIndicator::id));
        return sorted;
    }

    @Override
    public Classification classify(long clientId) {
        Client client = clients.find(clientId).orElseThrow(
                () -> new NotFoundException("client", TerminationText.get("client.noSuch", clientId)));
        ClassificationRules rules = rules();
        Instant to = clock.now().plusSeconds(1);
        Instant from = to.minus(Duration.ofDays(rules.windowDays()));
        ClientHistory h = history.read(client, from, to);
        List<Finding> findings = new ArrayList<>();
        Locale locale = Locale.getDefault();
        for (ClientIndicator i : sortedIndicators()) {
            List<org.parley.termination.Evidence> evidence = i.measure(h);
            findings.add(new Finding(i.id(), i.label(locale), evidence.size(),
                    rules.threshold(i.id(), i.defaultThreshold()), evidence));
        }
        long triggered = findings.stream().filter(Finding::triggered).count();
        ClientKind kind = triggered >= rules.problemAt() ? ClientKind.PROBLEM_CLIENT
                : h.cases().isEmpty() && h.complaints().isEmpty() ? ClientKind.NO_COMPLAINTS
                        : ClientKind.CLIENT_WITH_A_PROBLEM;
        return new Classification(clientId, client.getName(), kind, findings, rules.problemAt(), from, to,
                ClientTerminations.newest(store, clientId));
    }

    @Override
    public Map<String, String> indicators() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (ClientIndicator i : sortedIndicators()) {
            out.put(i.id(), i.label(Locale.getDefault()));
        }
        return out;
    }

    @Override
    public ClassificationRules rules() {
        Map<String, String> s = settings();
        Map<String, Integer> thresholds = new HashMap<>();
        for (ClientIndicator i : indicators) {
            thresholds.put(i.id(), number(s.get("threshold." + i.id()), i.defaultThreshold()));
        }
        return new ClassificationRules(number(s.get("window.days"), DEFAULT_WINDOW),
                number(s.get("problem.at"), DEFAULT_PROBLEM_AT), thresholds,
                number(s.get("attempts.minimum"), DEFAULT_ATTEMPTS));
    }

    @Override
    public ClassificationRules saveRules(ClassificationRules r) {
        if (!users.isAdmin(store.actor())) {
            throw new InvalidInputException("role", TerminationText.get("admin.only", store.actor()));
        }
        if (r.windowDays() < 1 || r.windowDays() > MAX_DAYS) {
            throw new InvalidInputException("windowDays", TerminationText.get("rules.badWindow", MAX_DAYS));
        }
        if (r.problemAt() < 1 || r.problemAt() > 100) {
            throw new InvalidInputException("problemAt", TerminationText.get("rules.badProblemAt"));
        }
        if (r.minimumAttempts() < 1 || r.minimumAttempts() > 100) {
            throw new InvalidInputException("minimumAttempts", TerminationText.get("rules.badAttempts"));
        }
        List<String> known = indicators.stream().map(ClientIndicator::id).toList();
        for (Map.Entry<String, Integer> t : r.thresholds().entrySet()) {
            if (!known.contains(t.getKey())) {
                throw new InvalidInputException("thresholds", TerminationText.get("rules.unknownIndicator", t.getKey(),
                        String.join(", ", known)));
            }
            if (t.getValue() == null || t.getValue() < 0 || t.getValue() > 10000) {
                throw new InvalidInputException("thresholds", TerminationText.get("rules.badThreshold", t.getKey()));
            }
        }
        ClassificationRules before = rules();
        store.inTransaction(() -> store.jdbc(c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM termination_setting");
                    PreparedStatement p = c.prepareStatement(
                            "INSERT INTO termination_setting (setting_key, setting_value) VALUES (?, ?)")) {
                d.executeUpdate();
                put(p, "window.days", r.windowDays());
                put(p, "problem.at", r.problemAt());
                put(p, "attempts.minimum", r.minimumAttempts());
                for (Map.Entry<String, Integer> t : r.thresholds().entrySet()) {
                    put(p, "threshold." + t.getKey(), t.getValue());
                }
                p.executeBatch();
            }
            store.audit("classification.rules", "termination-settings", 0, before.toString(), r.toString(), null);
            return null;
        }));
        return rules();
    }

    private static void put(PreparedStatement p, String key, int value) throws java.sql.SQLException {
        p.setString(1, key);
        p.setString(2, Integer.toString(value));
        p.addBatch();
    }

    private Map<String, String> settings() {
        return store.jdbc(c -> {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT setting_key, setting_value FROM termination_setting");
                    ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    private static int number(String v, int fallback) {
        try {
            return v == null ? fallback : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
