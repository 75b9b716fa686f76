package org.parley.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.complaints.ActionStatus;
import org.parley.complaints.BookQuery;
import org.parley.complaints.ComplaintDraft;
import org.parley.complaints.ComplaintRecord;
import org.parley.complaints.Investigation;
import org.parley.complaints.InvestigationDraft;
import org.parley.complaints.Lesson;
import org.parley.complaints.LessonDraft;
import org.parley.complaints.Outcome;
import org.parley.complaints.Resolution;
import org.parley.complaints.ResolutionDraft;
import org.parley.complaints.RootCauseTrend;
import org.parley.core.model.CaseStatus;
import org.parley.core.model.Language;
import org.parley.core.model.Severity;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.InvalidInputException;
import org.parley.testing.TestDatabase;

/** Investigation before verdict, closing in the client's language, the lessons register and the complaint book. */
class InvestigationAndResolutionTest {

    static List<String> kinds() {
        return TestDatabase.kinds();
    }

    private static ComplaintRecord complaint(ComplaintDesk d, String client, String language, String channel, String words) {
        long id = d.s.clients().search(client, 5).stream().filter(c -> c.getName().equals(client)).findFirst()
                .map(c -> c.getId()).orElseGet(() -> d.s.clients().create(new ClientDraft(client, language)).getId());
        return d.as("agent").intake.take(new ComplaintDraft(id, null, channel, null, d.clock.now(), words, null,
                Severity.NORMAL, 0));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void nobodyIsFoundAtFaultBeforeTheInvestigationIsClosedWithEvidence(String kind) {
        try (ComplaintDesk d = new ComplaintDesk(kind)) {
            ComplaintRecord r = complaint(d, "Ana Rusu", "ro", "phone", "Operatorul a țipat la mine.");
            d.as("lead");
            Investigation i = d.investigations.save(r.caseId(), 0, new InvestigationDraft(null,
                    "Very upset, felt humiliated", null, null));
            i = d.investigations.involve(r.caseId(), "rookie", "Inbound call");
            InvalidInputException open = assertThrows(InvalidInputException.class,
                    () -> d.investigations.judge(r.caseId(), 0, true, "Written warning"));
            assertTrue(open.getMessage().contains("investigation is open"), open.getMessage());
            long v = i.version();
            assertThrows(InvalidInputException.class, () -> d.investigations.close(r.caseId(), v, "Rude operator"),
                    "no facts yet");
            i = d.investigations.save(r.caseId(), i.version(), new InvestigationDraft("The call recording shows a raised voice"
                    + " at 02:14", "Very upset, felt humiliated", "staff-behaviour", "Inbound call handling"));
            long v2 = i.version();
            assertThrows(InvalidInputException.class, () -> d.investigations.close(r.caseId(), v2, "Rude operator"),
                    "no evidence yet");
            assertThrows(InvalidInputException.class, () -> d.investigations.save(r.caseId(), v2,
                    new InvestigationDraft("x", null, "no-such-cause", null)));
            i = d.investigations.addEvidence(r.caseId(), "Call recording", "REC-2026-0302-114");
            i = d.investigations.close(r.caseId(), i.version(), "The operator raised his voice; coaching needed");
            assertTrue(i.isClosed());
            i = d.investigations.judge(r.caseId(), 0, true, "Coaching on de-escalation");
            assertTrue(i.staff().get(0).atFault());
            long v3 = i.version();
            assertThrows(InvalidInputException.class, () -> d.investigations.save(r.caseId(), v3,
                    new InvestigationDraft("changed", null, "staff-behaviour", null)), "closed stays closed");
            assertEquals("The operator raised his voice; coaching needed",
                    d.investigations.of(r.caseId()).orElseThrow().conclusion());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theClosingMessageIsDraftedInTheClientsLanguageAndTheCaseClosed(String kind) {
        try (ComplaintDesk d = new ComplaintDesk(kind)) {
            for (Language language : Language.values()) {
                ComplaintRecord r = complaint(d, "Client " + language, language.code(), "email", "Late order " + language);
                d.as("lead");
                Investigation i = d.investigations.save(r.caseId(), 0, new InvestigationDraft("Courier lost two days",
                        "Angry", "late-delivery", null));
                d.investigations.addEvidence(r.caseId(), "Courier log", "TRK-1");
                d.investigations.close(r.caseId(), d.investigations.of(r.caseId()).orElseThrow().version(),
                        "The courier missed two slots");
                ResolutionDraft draft = new ResolutionDraft(Outcome.REMEDIED, "10% off", "Quote code SORRY10", null, null,
                        "We now check parcels older than two days every morning", 0);
                String message = d.resolutions.draftClosingMessage(r.caseId(), draft);
                assertTrue(message.contains("SORRY10") && message.contains("The courier missed two slots")
                        && message.contains("every morning") && message.contains("Client " + language), message);
                assertFalse(message.contains("{"), message);
                String greeting = switch (language) {
                    case EN -> "Dear";
                    case RU -> "Уважаемый";
                    case RO -> "Stimate";
                    case PL -> "Szanowna";
                };
                assertTrue(message.startsWith(greeting), message);
                long caseVersion = d.s.cases().find(r.caseId()).orElseThrow().getVersion();
                Resolution done = d.resolutions.close(r.caseId(), caseVersion, draft, message + "\n(edited)");
                assertEquals(language, done.language());
                assertEquals(CaseStatus.CLOSED, d.s.cases().find(r.caseId()).orElseThrow().getStatus());
                assertTrue(i.id() > 0);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void eachOutcomeNeedsItsOwnFieldsAndAVerdictNeedsAnInvestigation(String kind) {
        try (ComplaintDesk d = new ComplaintDesk(kind)) {
            ComplaintRecord r = complaint(d, "Jan Nowak", "pl", "email", "Cena jest za wysoka");
            long v = d.s.cases().find(r.caseId()).orElseThrow().getVersion();
            d.as("lead");
            assertThrows(InvalidInputException.class, () -> d.resolutions.draftClosingMessage(r.caseId(),
                    new ResolutionDraft(Outcome.REMEDIED, null, null, null, null, null, 0)), "remedy missing");
            ResolutionDraft explained = new ResolutionDraft(Outcome.EXPLAINED, null, null,
                    "1. The price list of 1 March applies.\n2. Your order was placed on 3 March.", null, null, 0);
            InvalidInputException first = assertThrows(InvalidInputException.class,
                    () -> d.resolutions.close(r.caseId(), v, explained, "Text"));
            assertTrue(first.getMessage().contains("investigation"), first.getMessage());
            InvalidInputException noAction = assertThrows(InvalidInputException.class, () -> d.resolutions.close(r.caseId(),
                    v, new ResolutionDraft(Outcome.NO_ACTION, null, null, null, "Prices are set by the board", null, 0), "T"));
            assertTrue(noAction.getMessage().contains("before"), "no-action is for repeating complaints: " + noAction.getMessage());
            d.clock.set(d.clock.now().plus(Duration.ofDays(30)));
            ComplaintRecord again = complaint(d, "Jan Nowak", "pl", "email", "Znowu: cena jest za wysoka");
            long v2 = d.s.cases().find(again.caseId()).orElseThrow().getVersion();
            Resolution r2 = d.as("lead").resolutions.close(again.caseId(), v2, new ResolutionDraft(Outcome.NO_ACTION, null,
                    null, null, "Prices are set by the board for all clients", null, 0), "Odpowiedź");
            assertEquals(Outcome.NO_ACTION, r2.outcome());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void adminsEditTemplatesWithKnownPlaceholdersOnly(String kind) {
        try (ComplaintDesk d = new ComplaintDesk(kind)) {
            assertThrows(InvalidInputException.class, () -> d.as("agent").resolutions.saveTemplate(Outcome.REMEDIED,
                    Language.RO, "Salut {client}"));
            InvalidInputException bad = assertThrows(InvalidInputException.class, () -> d.as("admin").resolutions
                    .saveTemplate(Outcome.REMEDIED, Language.RO, "Salut {clientName}"));
            assertTrue(bad.getMessage().contains("{clientName}"), bad.getMessage());
            d.resolutions.saveTemplate(Outcome.REMEDIED, Language.RO, "Salut {client}, {remedy}");
            assertFalse(d.resolutions.templates().stream().filter(t -> t.outcome() == Outcome.REMEDIED
                    && t.language() == Language.RO).findFirst().orElseThrow().shipped());
            assertTrue(d.resolutions.resetTemplate(Outcome.REMEDIED, Language.RO).shipped());
            assertEquals(16, d.resolutions.templates().size());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void lessonsCountTheirCasesAndTrendsFollowRootCausesByMonth(String kind) {
        try (ComplaintDesk d = new ComplaintDesk(kind)) {
            d.clock.set(Instant.parse("2026-01-15T10:00:00Z"));
            ComplaintRecord a = complaint(d, "Ana Rusu", "ro", "email", "Late again");
            d.clock.set(Instant.parse("2026-02-15T10:00:00Z"));
            ComplaintRecord b = complaint(d, "Jan Nowak", "pl", "email", "Also late");
            ComplaintRecord c = complaint(d, "Ivan Petrov", "ru", "email", "Charged twice");
            d.as("lead");
            d.investigations.save(a.caseId(), 0, new InvestigationDraft("late", null, "late-delivery", null));
            d.investigations.save(b.caseId(), 0, new InvestigationDraft("late", null, "late-delivery", null));
            d.investigations.save(c.caseId(), 0, new InvestigationDraft("twice", null, "billing-error", null));
            assertThrows(InvalidInputException.class, () -> d.lessons.create(new LessonDraft("no-such", "x", null, null, null)));
            Lesson lesson = d.lessons.create(new LessonDraft("late-delivery", "Parcels stuck at the depot", "lead",
                    "Daily check of parcels older than two days", ActionStatus.IN_PROGRESS));
            d.lessons.link(a.caseId(), lesson.id());
            d.lessons.link(b.caseId(), lesson.id());
            assertEquals(2, d.lessons.lessons().get(0).caseCount());
            List<RootCauseTrend> trends = d.lessons.trends(YearMonth.of(2026, 1), YearMonth.of(2026, 3));
            assertEquals("late-delivery", trends.get(0).rootCause());
            assertEquals(2, trends.get(0).total());
            assertEquals(1L, trends.get(0).perMonth().get(YearMonth.of(2026, 2)));
            assertEquals(0L, trends.get(0).perMonth().get(YearMonth.of(2026, 3)));
            Lesson done = d.lessons.update(lesson.id(), lesson.version(), new LessonDraft("late-delivery",
                    "Parcels stuck at the depot", "lead", "Daily check of parcels older than two days", ActionStatus.DONE));
            assertEquals(ActionStatus.DONE, done.status());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theComplaintBookFiltersPagesAndExportsCsvAndPrintableHtml(String kind) throws Exception {
        try (ComplaintDesk d = new ComplaintDesk(kind)) {
            for (int i = 0; i < 25; i++) {
                d.clock.set(Instant.parse("2026-03-02T08:00:00Z").plus(Duration.ofHours(i)));
                complaint(d, "Client " + (i % 5), "en", i % 2 == 0 ? "email" : "sms", "Complaint \"" + i + "\", line one\nline two <b>");
            }
            assertEquals(25, d.book.count(BookQuery.all()));
            BookQuery sms = new BookQuery(null, null, "sms", null, null, null);
            assertEquals(12, d.book.count(sms));
            assertEquals(5, d.book.page(BookQuery.all(), 20, 10).size());
            assertTrue(d.book.page(BookQuery.all(), 0, 1).get(0).clientWords().contains("\"0\""), "oldest first");
            BookQuery morning = new BookQuery(Instant.parse("2026-03-02T08:00:00Z"), Instant.parse("2026-03-02T10:00:00Z"),
                    null, CaseStatus.NEW, 1, null);
            assertEquals(2, d.book.count(morning));
            assertEquals(0, d.book.count(new BookQuery(null, null, null, null, null, "late-delivery")));

            StringWriter csv = new StringWriter();
            d.book.exportCsv(BookQuery.all(), csv);
            String text = csv.toString();
            assertTrue(text.startsWith("received_at,channel,reference,case,client,status,level,root_cause,closed_at,words\r\n"));
            assertTrue(text.contains("\"Complaint \"\"3\"\", line one\nline two <b>\""), "RFC 4180 quoting");
            assertEquals(26, text.split("\r\n").length);
            StringWriter html = new StringWriter();
            d.book.exportHtml(sms, Locale.ENGLISH, html);
            assertTrue(html.toString().contains("line two &lt;b&gt;") && !html.toString().contains("<b>"), "escaped");
            assertTrue(html.toString().contains("12 complaint(s)"), html.toString());
            assertTrue(html.toString().contains("thead{display:table-header-group}"));
        }
    }
}
