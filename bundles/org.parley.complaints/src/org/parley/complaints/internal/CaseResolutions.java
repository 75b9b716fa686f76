package org.parley.complaints.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.parley.complaints.ClosingTemplate;
import org.parley.complaints.Investigation;
import org.parley.complaints.InvestigationService;
import org.parley.complaints.LessonService;
import org.parley.complaints.Outcome;
import org.parley.complaints.Resolution;
import org.parley.complaints.ResolutionDraft;
import org.parley.complaints.ResolutionService;
import org.parley.complaints.extension.RemedySource;
import org.parley.core.model.Case;
import org.parley.core.model.CaseStatus;
import org.parley.core.model.Direction;
import org.parley.core.model.Language;
import org.parley.core.service.CaseService;
import org.parley.core.service.Clock;
import org.parley.core.service.InteractionDraft;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.NotFoundException;
import org.parley.core.service.Store;
import org.parley.core.service.UserService;

/**
 * Closes cases with an outcome and a closing message in the client's language. The message says how the
 * complaint was investigated, what changes so it will not happen again, the remedy and how to use it, and thanks
 * the client for pointing out the weak spot. A remedy or an explanation rests on a closed investigation; a
 * deliberate no-action is only for a complaint the client has made before.
 */
@Component(service = ResolutionService.class)
public class CaseResolutions implements ResolutionService {

    static final Set<String> PLACEHOLDERS = Set.of("client", "case", "investigation", "changes", "remedy", "remedyUse",
            "explanation", "justification", "agent");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)\\}");

    private final Store store;
    private final CaseService cases;
    private final UserService users;
    private final InvestigationService investigations;
    private final LessonService lessons;
    private final Clock clock;
    private final List<RemedySource> remedies = new CopyOnWriteArrayList<>();

    @Activate
    public CaseResolutions(@Reference Store store, @Reference CaseService cases, @Reference UserService users,
            @Reference InvestigationService investigations, @Reference LessonService lessons, @Reference Clock clock) {
        this.store = store;
        this.cases = cases;
        this.users = users;
        this.investigations = investigations;
        this.lessons = lessons;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addRemedySource(RemedySource source) {
        remedies.add(source);
    }

    public void removeRemedySource(RemedySource source) {
        remedies.remove(source);
    }

    @Override
    public Optional<RemedySource.Remedy> remedyGiven(long caseId) {
        Language language = languageOf(caseOf(caseId));
        for (RemedySource source : remedies) {
            Optional<RemedySource.Remedy> r = source.remedyFor(caseId, language);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /** The draft's fields, checked for its outcome. */
    private record Checked(Outcome outcome, String remedy, String remedyUse, String explanation, String justification,
            String changes, long lessonId) {
    }

    private Checked check(Case c, ResolutionDraft d) {
        Input.present("resolution", d);
        Outcome outcome = Input.present("outcome", d.outcome());
        String remedy = Input.optional("remedy", d.remedy(), 4000);
        String remedyUse = Input.optional("remedyUse", d.remedyUse(), 4000);
        String explanation = Input.optional("explanation", d.explanation(), 20000);
        String justification = Input.optional("justification", d.justification(), 4000);
        String changes = Input.optional("changes", d.changes(), 4000);
        if (outcome == Outcome.REMEDIED && remedy == null && remedyUse == null) {
            // the gesture the client accepted says it already, in the client's language
            RemedySource.Remedy given = remedyGiven(c.getId()).orElse(null);
            if (given != null) {
                remedy = given.remedy();
                remedyUse = given.howToUse();
            }
        }
        switch (outcome) {
            case REMEDIED -> {
                Input.text("remedy", remedy, 4000);
                Input.text("remedyUse", remedyUse, 4000);
            }
            case EXPLAINED -> Input.text("explanation", explanation, 20000);
            case NO_ACTION -> {
                Input.text("justification", justification, 4000);
                long earlier = store.read(em -> em.createQuery("SELECT COUNT(k) FROM ConflictCase k WHERE k.client.id = :client"
                        + " AND k.id <> :case AND k.openedAt <= :opened", Long.class).setParameter("client", c.getClient().getId())
                        .setParameter("case", c.getId()).setParameter("opened", c.getOpenedAt()).getSingleResult());
                if (earlier == 0) {
                    throw new InvalidInputException("justification", ComplaintText.get("resolution.noActionFirstTime"));
                }
            }
            case TERMINATION -> Input.text("justification", justification, 4000);
        }
        return new Checked(outcome, remedy, remedyUse, explanation, justification, changes, d.lessonId());
    }

    @Override
    public String draftClosingMessage(long caseId, ResolutionDraft draft) {
        Case c = caseOf(caseId);
        Checked d = check(c, draft);
        Language language = languageOf(c);
        String body = template(d.outcome(), language).body();
        Investigation i = investigations.of(caseId).orElse(null);
        String investigation = i == null ? ComplaintText.in(language.locale(), "resolution.notInvestigated")
                : firstNonBlank(i.conclusion(), i.facts(), "");
        String changes = d.changes();
        if (changes == null && d.lessonId() > 0) {
            changes = lessons.lessons().stream().filter(l -> l.id() == d.lessonId()).findFirst()
                    .map(l -> l.correctiveAction()).orElse(null);
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("client", c.getClientName());
        values.put("case", c.getNumber());
        values.put("investigation", investigation);
        values.put("changes", changes == null ? ComplaintText.in(language.locale(), "resolution.noChanges") : changes);
        values.put("remedy", d.remedy() == null ? "" : d.remedy());
        values.put("remedyUse", d.remedyUse() == null ? "" : d.remedyUse());
        values.put("explanation", d.explanation() == null ? "" : d.explanation());
        values.put("justification", d.justification() == null ? "" : d.justification());
        values.put("agent", users.find(store.actor()).map(u -> u.getDisplayName()).orElse(store.actor()));
        Matcher m = PLACEHOLDER.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString().strip();
    }

    @Override
    public Resolution close(long caseId, long expectedCaseVersion, ResolutionDraft draft, String closingMessage) {
        Case c = caseOf(caseId);
        Checked d = check(c, draft);
        String message = Input.text("closingMessage", closingMessage, 20000);
        if (d.outcome() == Outcome.REMEDIED || d.outcome() == Outcome.EXPLAINED) {
            // investigation before verdict: the remedy or the explanation rests on established facts
            boolean investigated = investigations.of(caseId).map(Investigation::isClosed).orElse(false);
            if (!investigated) {
                throw new InvalidInputException("outcome", ComplaintText.get("resolution.investigateFirst"));
            }
        }
        if (of(caseId).isPresent()) {
            throw new InvalidInputException("outcome", ComplaintText.get("resolution.already", c.getNumber()));
        }
        Language language = languageOf(c);
        return store.inTransaction(() -> {
            store.expectVersion(ComplaintText.get("entity.case"), caseId, expectedCaseVersion, c.getVersion());
            if (d.lessonId() > 0) {
                lessons.link(caseId, d.lessonId());
            }
            ResolutionEntry e = new ResolutionEntry();
            e.caseId = caseId;
            e.outcome = d.outcome().name();
            e.remedy = d.remedy();
            e.remedyUse = d.remedyUse();
            e.explanation = d.explanation();
            e.justification = d.justification();
            e.changes = d.changes();
            e.language = language.code();
            e.closingMessage = message;
            e.lessonId = d.lessonId() > 0 ? d.lessonId() : null;
            e.resolvedAt = clock.now();
            e.resolvedBy = store.actor();
            store.write(em -> {
                em.persist(e);
                em.flush();
                return e;
            });
            cases.addInteraction(caseId, new InteractionDraft(c.getChannel(), Direction.OUTBOUND, clock.now(), null, message));
            String reason = ComplaintText.get("resolution.reason", ComplaintText.get("outcome." + d.outcome().name()));
            Case current = cases.find(caseId).orElseThrow();
            if (current.getStatus().isOpen() && !current.getStatus().canMoveTo(CaseStatus.CLOSED)) {
                current = cases.changeStatus(caseId, current.getVersion(), CaseStatus.RESOLVED, reason);
            }
            if (current.getStatus() != CaseStatus.CLOSED) {
                cases.changeStatus(caseId, current.getVersion(), CaseStatus.CLOSED, reason);
            }
            store.audit("case.resolve", "case", caseId, null, Json.object("outcome", e.outcome, "language", e.language,
                    "lesson", e.lessonId), reason);
            return view(e);
        });
    }

    @Override
    public Optional<Resolution> of(long caseId) {
        return Optional.ofNullable(store.read(em -> em.find(ResolutionEntry.class, caseId))).map(CaseResolutions::view);
    }

    @Override
    public List<ClosingTemplate> templates() {
        List<ClosingTemplate> all = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            for (Language l : Language.values()) {
                all.add(template(o, l));
            }
        }
        return all;
    }

    @Override
    public ClosingTemplate saveTemplate(Outcome outcome, Language language, String body) {
        Admins.require(store, users, ComplaintText.get("admin.templates"));
        Input.present("outcome", outcome);
        Input.present("language", language);
        String text = Input.text("template", body, 20000);
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                throw new InvalidInputException("template", ComplaintText.get("template.unknownPlaceholder", m.group(),
                        String.join(", ", PLACEHOLDERS.stream().sorted().map(p -> "{" + p + "}").toList())));
            }
        }
        ClosingTemplate before = template(outcome, language);
        store.inTransaction(() -> store.jdbc(c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM closing_template WHERE outcome = ? AND language = ?")) {
                d.setString(1, outcome.name());
                d.setString(2, language.code());
                d.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO closing_template (outcome, language, version, body,"
                    + " changed_by, changed_at) VALUES (?, ?, 0, ?, ?, ?)")) {
                p.setString(1, outcome.name());
                p.setString(2, language.code());
                p.setString(3, text);
                p.setString(4, store.actor());
                p.setTimestamp(5, Timestamp.from(clock.now()));
                p.executeUpdate();
            }
            store.audit("template.save", "closingTemplate", 0, Json.object("outcome", outcome.name(), "language",
                    language.code(), "body", before.body()), Json.object("outcome", outcome.name(), "language",
                            language.code(), "body", text), null);
            return null;
        }));
        return template(outcome, language);
    }

    @Override
    public ClosingTemplate resetTemplate(Outcome outcome, Language language) {
        Admins.require(store, users, ComplaintText.get("admin.templates"));
        store.inTransaction(() -> store.jdbc(c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM closing_template WHERE outcome = ? AND language = ?")) {
                d.setString(1, outcome.name());
                d.setString(2, language.code());
                d.executeUpdate();
            }
            store.audit("template.reset", "closingTemplate", 0, null,
                    Json.object("outcome", outcome.name(), "language", language.code()), null);
            return null;
        }));
        return template(outcome, language);
    }

    /** The admin's version of the template, or the shipped one. */
    private ClosingTemplate template(Outcome outcome, Language language) {
        ClosingTemplate changed = store.jdbc(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT body, changed_by, changed_at FROM closing_template WHERE outcome = ? AND language = ?")) {
                p.setString(1, outcome.name());
                p.setString(2, language.code());
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? new ClosingTemplate(outcome, language, rs.getString(1), false, rs.getString(2),
                            rs.getTimestamp(3).toInstant()) : null;
                }
            }
        });
        return changed != null ? changed : new ClosingTemplate(outcome, language, shipped(outcome, language), true, null, null);
    }

    static String shipped(Outcome outcome, Language language) {
        String name = "templates/closing/" + outcome.name() + "_" + language.code() + ".txt";
        try (InputStream in = CaseResolutions.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The shipped closing template " + name + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the shipped closing template " + name, e);
        }
    }

    private Case caseOf(long caseId) {
        return cases.find(caseId).orElseThrow(() -> new NotFoundException("case",
                ComplaintText.get("complaint.noSuchCase", caseId)));
    }

    private static Language languageOf(Case c) {
        Language l = Language.ofCode(c.getClient().getLanguage());
        return l == null ? Language.EN : l;
    }

    private static String firstNonBlank(String... texts) {
        for (String t : texts) {
            if (t != null && !t.isBlank()) {
                return t;
            }
        }
        return "";
    }

    private static Resolution view(ResolutionEntry e) {
        Language l = Language.ofCode(e.language);
        return new Resolution(e.caseId, e.version, Outcome.valueOf(e.outcome), e.remedy, e.remedyUse, e.explanation,
                e.justification, e.changes, l == null ? Language.EN : l, e.closingMessage,
                e.lessonId == null ? 0 : e.lessonId, e.resolvedAt, e.resolvedBy);
    }

}
