package org.parley.compensation.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.parley.compensation.Advice;
import org.parley.compensation.Catalogue;
import org.parley.compensation.CatalogueItem;
import org.parley.compensation.CatalogueService;
import org.parley.compensation.Gesture;
import org.parley.compensation.GestureAdvice;
import org.parley.compensation.GestureService;
import org.parley.compensation.extension.AdviceRequest;
import org.parley.compensation.extension.AdvisorAnswer;
import org.parley.compensation.extension.GestureAdvisor;
import org.parley.complaints.Investigation;
import org.parley.complaints.InvestigationService;
import org.parley.core.model.Case;
import org.parley.core.model.Language;
import org.parley.core.service.CaseService;
import org.parley.core.service.Clock;
import org.parley.core.service.NotFoundException;
import org.parley.core.service.Store;

/**
 * Asks every registered advisor (except those another one replaces) and merges their answers: an item keeps its
 * best fit and every reason given for it; ties go to the cheaper gesture.
 */
@Component(service = GestureAdvice.class)
public class Advisors implements GestureAdvice {

    private final Store store;
    private final CaseService cases;
    private final CatalogueService catalogue;
    private final GestureService gestures;
    private final InvestigationService investigations;
    private final Clock clock;
    private final List<GestureAdvisor> advisors = new CopyOnWriteArrayList<>();

    @Activate
    public Advisors(@Reference Store store, @Reference CaseService cases, @Reference CatalogueService catalogue,
            @Reference GestureService gestures, @Reference InvestigationService investigations,
            @Reference Clock clock) {
        this.store = store;
        this.cases = cases;
        this.catalogue = catalogue;
        this.gestures = gestures;
        this.investigations = investigations;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addAdvisor(GestureAdvisor advisor) {
        advisors.add(advisor);
    }

    public void removeAdvisor(GestureAdvisor advisor) {
        advisors.remove(advisor);
    }

    @Override
    public Advice adviseFor(long caseId) {
        Case c = cases.find(caseId).orElseThrow(
                () -> new NotFoundException("case", CompensationText.get("gesture.noSuchCase", caseId)));
        Catalogue cat = catalogue.current();
        String rootCause = investigations.of(caseId).map(Investigation::rootCause).orElse(null);
        long clientId = c.getClient().getId();
        Instant since = clock.now().minus(Duration.ofDays(cat.rules().windowDays()));
        List<Gesture> history = gestures.ofClient(clientId).stream().filter(g -> !g.proposedAt().isBefore(since))
                .toList();
        Instant lastSpending = history.stream().filter(g -> g.state().spends()).map(Gesture::proposedAt)
                .max(Comparator.naturalOrder()).orElse(null);
        int[] counts = clientCases(clientId, lastSpending);
        AdviceRequest request = new AdviceRequest(caseId, clientId, c.getClient().getName(), rootCause, cat,
                LocalDate.ofInstant(clock.now(), ZoneId.systemDefault()), history, counts[0], counts[1],
                Language.ofCode(Locale.getDefault().getLanguage()));

        Set<String> replaced = new HashSet<>();
        for (GestureAdvisor a : advisors) {
            replaced.addAll(a.replaces());
        }
        Map<String, Merged> merged = new LinkedHashMap<>();
        List<String> noGesture = new ArrayList<>();
        for (GestureAdvisor a : advisors) {
            if (replaced.contains(a.id())) {
                continue;
            }
            AdvisorAnswer answer = a.advise(request);
            if (answer == null) {
                continue;
            }
            if (answer.noGestureReason() != null && !answer.noGestureReason().isBlank()) {
                noGesture.add(answer.noGestureReason());
            }
            for (AdvisorAnswer.Proposal p : answer.alternatives()) {
                CatalogueItem item = cat.item(p.itemCode()).orElse(null);
                if (item == null || !item.offerableOn(request.today())) {
                    continue; // an advisor may not bring in what the catalogue does not offer today
                }
                Merged m = merged.computeIfAbsent(item.code(), k -> new Merged(item));
                m.fit = Math.max(m.fit, Math.max(0, Math.min(101, p.fit())));
                if (p.reason() != null && !p.reason().isBlank() && !m.reasons.contains(p.reason())) {
                    m.reasons.add(p.reason());
                }
            }
        }
        List<Advice.Alternative> ranked = merged.values().stream()
                .map(m -> new Advice.Alternative(m.item, Math.min(100, m.fit),
                        GestureWorkflow.costOf(m.item, m.item.valueFrom()), m.reasons))
                .sorted(Comparator.comparingInt((Advice.Alternative a) -> -rankFit(a, merged))
                        .thenComparing(Advice.Alternative::cost, Comparator.naturalOrder())
                        .thenComparing(a -> cat.items().indexOf(a.item())))
                .toList();
        return new Advice(caseId, rootCause, ranked, noGesture, cat.version());
    }

    private static int rankFit(Advice.Alternative a, Map<String, Merged> merged) {
        return merged.get(a.item().code()).fit;
    }

    private static final class Merged {
        final CatalogueItem item;
        int fit;
        final List<String> reasons = new ArrayList<>();

        Merged(CatalogueItem item) {
            this.item = item;
        }
    }

    /** Cases the client opened after {@code since} (0 when null), and cases still open. */
    private int[] clientCases(long clientId, Instant since) {
        return store.jdbc(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT "
                    + "SUM(CASE WHEN opened_at > ? THEN 1 ELSE 0 END), "
                    + "SUM(CASE WHEN status NOT IN ('CLOSED', 'RESOLVED') THEN 1 ELSE 0 END) "
                    + "FROM conflict_case WHERE client_id = ?")) {
                // no gesture yet: nothing counts as "opened since"
                p.setTimestamp(1, since == null ? java.sql.Timestamp.valueOf("9999-12-31 00:00:00")
                        : java.sql.Timestamp.from(since));
                p.setLong(2, clientId);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return new int[] { rs.getInt(1), rs.getInt(2) };
                }
            }
        });
    }
}
