package org.parley.termination.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.complaints.ComplaintRecord;
import org.parley.complaints.InvestigationDraft;
import org.parley.complaints.Outcome;
import org.parley.complaints.ResolutionDraft;
import org.parley.complaints.internal.CaseInvestigations;
import org.parley.complaints.internal.CaseResolutions;
import org.parley.complaints.internal.LessonRegister;
import org.parley.core.model.AuditEvent;
import org.parley.core.model.CaseStatus;
import org.parley.core.model.Commitment;
import org.parley.core.model.CommitmentKind;
import org.parley.core.model.CommitmentState;
import org.parley.core.model.Role;
import org.parley.core.service.CommitmentDraft;
import org.parley.core.service.InvalidInputException;
import org.parley.termination.ChecklistItem;
import org.parley.termination.Classification;
import org.parley.termination.ClassificationRules;
import org.parley.termination.ClientKind;
import org.parley.termination.ExpectationsDraft;
import org.parley.termination.Finding;
import org.parley.termination.Termination;
import org.parley.termination.TerminationService;
import org.parley.termination.TerminationState;
import org.parley.termination.extension.ClientHistory;
import org.parley.termination.extension.TerminationCondition;
import org.parley.testing.TestDatabase;

/**
 * A client with a problem and a problem client side by side, the evidence behind the classification, the
 * termination checklist that refuses while an obligation is open, the director's audited override, reversal, a
 * company's own condition, and the expectations record with its refusal letter.
 */
class ProblemClientTest {

    static List<String> kinds() {
        return TestDatabase.kinds();
    }

    /** A difficult record: five complaints, two of them public reviews, a threat of court, insults. */
    private static long difficult(TerminationDesk d) {
        long client = d.newClient("Viktor Gromov", "ru");
        d.complaint(client, "phone", "The parcel is late again, I want my money back");
        d.complaint(client, "public-review", "Terrible service, never order here");
        d.complaint(client, "email", "You are idiots, I will take you to court");
        d.complaint(client, "public-review", "Одна звезда: опять опоздали");
        d.complaint(client, "phone", "Вы идиоты, я подам в суд и напишу в прокуратуру");
        return client;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aClientWithAProblemAndAProblemClientAreToldApartWithTheirEvidence(String kind) {
        try (TerminationDesk d = new TerminationDesk(kind)) {
            long ordinary = d.newClient("Anna Kowalska", "pl");
            ComplaintRecord late = d.complaint(ordinary, "phone", "Paczka spóźnia się o tydzień");
            long gromov = difficult(d);

            Classification a = d.classifier.classify(ordinary);
            assertEquals(ClientKind.CLIENT_WITH_A_PROBLEM, a.kind());
            assertEquals(0, a.triggeredCount());
            Finding cases = a.findings().stream().filter(f -> f.indicatorId().equals("complaints")).findFirst()
                    .orElseThrow();
            assertEquals(late.caseNumber(), cases.evidence().get(0).caseNumber(), "the evidence names the case");

            Classification b = d.classifier.classify(gromov);
            assertEquals(ClientKind.PROBLEM_CLIENT, b.kind());
            Map<String, Finding> byId = new java.util.HashMap<>();
            b.findings().forEach(f -> byId.put(f.indicatorId(), f));
            assertEquals(5, byId.get("complaints").count());
            assertTrue(byId.get("complaints").triggered());
            assertEquals(2, byId.get("reviews").count());
            assertEquals(2, byId.get("legal").count(), "court in English and суд in Russian");
            assertTrue(byId.get("legal").evidence().get(0).what().contains("court"));
            assertEquals(2, byId.get("abuse").count());
            assertFalse(byId.get("gestures").triggered(), "no gestures without the catalogue");
            assertTrue(byId.get("legal").evidence().stream().allMatch(e -> e.caseNumber() != null && e.at() != null));

            assertTrue(d.alerts.alertsFor(gromov).get(0).contains("problem client"), d.alerts.alertsFor(gromov).toString());
            assertTrue(d.alerts.alertsFor(ordinary).isEmpty());
            assertEquals(ClientKind.NO_COMPLAINTS, d.classifier.classify(d.newClient("Nobody", "en")).kind());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void onlyAdminsChangeTheThresholdsAndTheyChangeTheClassification(String kind) {
        try (TerminationDesk d = new TerminationDesk(kind)) {
            long gromov = difficult(d);
            ClassificationRules rules = d.classifier.rules();
            ClassificationRules stricter = new ClassificationRules(rules.windowDays(), 6, rules.thresholds(),
                    rules.minimumAttempts());
            assertThrows(InvalidInputException.class, () -> d.as("lead").classifier.saveRules(stricter));
            d.as("admin").classifier.saveRules(stricter);
            assertEquals(ClientKind.CLIENT_WITH_A_PROBLEM, d.classifier.classify(gromov).kind());
            assertThrows(InvalidInputException.class, () -> d.classifier.saveRules(new ClassificationRules(365, 2,
                    Map.of("legal", -1), 2)));
            assertThrows(InvalidInputException.class, () -> d.classifier.saveRules(new ClassificationRules(365, 2,
                    Map.of("horoscope", 1), 2)));
            assertThrows(InvalidInputException.class, () -> d.classifier.saveRules(new ClassificationRules(0, 2,
                    Map.of(), 2)));
            assertEquals(6, d.classifier.rules().problemAt(), "a refused change leaves the rules as they were");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theChecklistRefusesToEndWhileAnObligationIsOpenAndEndsOnceEverythingIsKept(String kind) {
        try (TerminationDesk d = new TerminationDesk(kind)) {
            long gromov = difficult(d);
            List<Long> caseIds = d.s.store().jdbc(c -> {
                List<Long> ids = new java.util.ArrayList<>();
                try (var p = c.prepareStatement("SELECT id FROM conflict_case WHERE client_id = ? ORDER BY opened_at")) {
                    p.setLong(1, gromov);
                    try (var rs = p.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                }
                return ids;
            });
            Commitment promise = d.s.cases().addCommitment(caseIds.get(0), new CommitmentDraft(CommitmentKind.PAY,
                    "Refund the delivery fee", d.clock.now().plus(Duration.ofDays(2)), "agent"));

            assertThrows(InvalidInputException.class, () -> d.as("agent").terminations.start(gromov, "Abusive"),
                    "a supervisor starts it");
            d.as("lead").terminations.start(gromov, "Five complaints in two weeks, threats and insults");
            InvalidInputException blocked = assertThrows(InvalidInputException.class,
                    () -> d.terminations.terminate(gromov));
            assertTrue(blocked.getMessage().contains("Refund the delivery fee"), blocked.getMessage());
            ChecklistItem obligations = item(d, gromov, "obligations");
            assertFalse(obligations.satisfied());
            assertEquals(6, obligations.open().size(), "the promise and five open cases: " + obligations.open());

            // every measure tried, every obligation kept
            d.callBack(caseIds.get(0), "Called: apologised, explained the new delivery date");
            d.callBack(caseIds.get(1), "Called: offered a replacement");
            d.s.cases().settleCommitment(promise.getId(), promise.getVersion(), CommitmentState.KEPT, "Refunded");
            remedied(d, caseIds.get(2));
            for (long id : caseIds) {
                var c = d.s.cases().find(id).orElseThrow();
                if (c.getStatus().isOpen()) {
                    d.s.cases().changeStatus(id, c.getVersion(), CaseStatus.CLOSED, "Answered in writing");
                }
            }
            assertTrue(item(d, gromov, "attempts").satisfied());
            assertTrue(item(d, gromov, "remedy").satisfied());
            assertTrue(item(d, gromov, "obligations").satisfied(), item(d, gromov, "obligations").open().toString());

            d.terminations.confirm(gromov, "money", "No amount outstanding on either side");
            String letter = d.terminations.draftLetter(gromov);
            assertTrue(letter.startsWith("Уважаемый(-ая) Viktor Gromov"), letter);
            d.terminations.saveLetter(gromov, letter);
            assertThrows(InvalidInputException.class, () -> d.terminations.confirm(gromov, "signoff", null),
                    "a supervisor cannot sign off for the department head");
            d.as("head").terminations.confirm(gromov, "signoff", "Agreed");
            Termination ended = d.as("lead").terminations.terminate(gromov);
            assertEquals(TerminationState.TERMINATED, ended.state());
            assertTrue(d.terminations.isTerminated(gromov));
            assertTrue(d.alerts.alertsFor(gromov).get(0).contains("was ended"), d.alerts.alertsFor(gromov).toString());
            var report = d.terminations.terminated();
            assertEquals(1, report.size());
            assertTrue(report.get(0).evidence().stream().anyMatch(f -> f.indicatorId().equals("legal")));

            assertThrows(InvalidInputException.class, () -> d.as("agent").terminations.reverse(gromov, "Sorry"));
            Termination reversed = d.as("lead").terminations.reverse(gromov, "The client apologised in writing");
            assertEquals(TerminationState.REVERSED, reversed.state());
            assertFalse(d.terminations.isTerminated(gromov));
            List<String> steps = d.s.audit().history(TerminationService.AUDIT_TYPE, ended.id()).stream()
                    .map(AuditEvent::getAction).toList();
            assertEquals(List.of("termination.start", "termination.confirm", "termination.letter",
                    "termination.confirm", "termination.end", "termination.reverse"), steps);
        }
    }

    private static void remedied(TerminationDesk d, long caseId) {
        CaseInvestigations investigations = new CaseInvestigations(d.s.store(), d.s.cases(), d.s.users(), d.clock);
        CaseResolutions resolutions = new CaseResolutions(d.s.store(), d.s.cases(), d.s.users(), investigations,
                new LessonRegister(d.s.store(), d.s.cases(), d.s.users(), investigations, d.clock), d.clock);
        investigations.save(caseId, 0, new InvestigationDraft("Parcel left two days late", null, "late-delivery", null));
        investigations.addEvidence(caseId, "Courier log", "TRK-1");
        var closed = investigations.close(caseId, investigations.of(caseId).orElseThrow().version(), "Courier late");
        var c = d.s.cases().find(caseId).orElseThrow();
        ResolutionDraft draft = new ResolutionDraft(Outcome.REMEDIED, "Delivery fee refunded", "Nothing to do",
                null, null, "A second courier on Mondays", 0);
        resolutions.close(caseId, c.getVersion(), draft, resolutions.draftClosingMessage(caseId, draft));
        assertTrue(closed.closedAt() != null);
    }

    private static ChecklistItem item(TerminationDesk d, long client, String id) {
        return d.terminations.checklist(client).stream().filter(i -> i.conditionId().equals(id)).findFirst()
                .orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aDirectorMayEndItWithTheChecklistOpenAndTheOverrideIsAudited(String kind) {
        try (TerminationDesk d = new TerminationDesk(kind)) {
            long gromov = difficult(d);
            Termination t = d.as("lead").terminations.start(gromov, "Threats to staff");
            assertThrows(InvalidInputException.class, () -> d.as("head").terminations.override(gromov, "Enough"));
            assertThrows(InvalidInputException.class, () -> d.as("boss").terminations.override(gromov, " "));
            Termination ended = d.terminations.override(gromov, "Staff safety: threats on the phone");
            assertEquals(TerminationState.TERMINATED, ended.state());
            assertEquals("Staff safety: threats on the phone", ended.overrideReason());
            AuditEvent override = d.s.audit().history(TerminationService.AUDIT_TYPE, t.id()).stream()
                    .filter(e -> e.getAction().equals("termination.override")).findFirst().orElseThrow();
            assertEquals("boss", override.getActor());
            assertTrue(override.getReason().contains("Every obligation fulfilled"), override.getReason());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aCompanysOwnConditionBlocksUntilItsRoleConfirmsIt(String kind) {
        try (TerminationDesk d = new TerminationDesk(kind)) {
            long gromov = difficult(d);
            d.terminations.addCondition(new TerminationCondition() {
                @Override
                public String id() {
                    return "acme.legal-review";
                }

                @Override
                public String label(Locale locale) {
                    return "Legal review done";
                }

                @Override
                public Role confirmRole() {
                    return Role.DEPARTMENT_HEAD;
                }

                @Override
                public Check check(Termination t, ClientHistory h) {
                    throw new AssertionError("confirmed by hand, never computed");
                }
            });
            d.as("lead").terminations.start(gromov, "Threats");
            ChecklistItem review = item(d, gromov, "acme.legal-review");
            assertFalse(review.satisfied());
            assertEquals(Role.DEPARTMENT_HEAD, review.confirmRole());
            assertTrue(assertThrows(InvalidInputException.class, () -> d.terminations.terminate(gromov)).getMessage()
                    .contains("Legal review done"));
            d.as("head").terminations.confirm(gromov, "acme.legal-review", "Counsel agrees");
            assertTrue(item(d, gromov, "acme.legal-review").satisfied());
            assertThrows(InvalidInputException.class, () -> d.terminations.confirm(gromov, "obligations", "ok"),
                    "an item read from the record is not confirmed by hand");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void expectationsAreRecordedWhenSoundAndARefusalIsDraftedInTheClientsLanguage(String kind) {
        try (TerminationDesk d = new TerminationDesk(kind)) {
            long client = d.newClient("Ion Popa", "ro");
            LocalDate deadline = LocalDate.of(2026, 4, 15);
            ExpectationsDraft good = new ExpectationsDraft(client, deadline, "Kitchen fitted, old one removed",
                    "4 800 RON", "Maria Popa", "+40 721 555 010", true, List.of("haggles"), null);
            assertEquals("contactNumber", assertThrows(InvalidInputException.class, () -> d.expectations.record(
                    new ExpectationsDraft(client, deadline, "x", "1", "M", "call me", true, List.of(), null))).field());
            assertEquals("deadline", assertThrows(InvalidInputException.class, () -> d.expectations.record(
                    new ExpectationsDraft(client, LocalDate.of(2026, 1, 1), "x", "1", "M", "0721555010", true,
                            List.of(), null))).field());
            assertEquals("redFlags", assertThrows(InvalidInputException.class, () -> d.expectations.record(
                    new ExpectationsDraft(client, deadline, "x", "1", "M", "0721555010", true, List.of("rude"),
                            null))).field());
            assertEquals("price", assertThrows(InvalidInputException.class, () -> d.expectations.record(
                    new ExpectationsDraft(client, deadline, "x", " ", "M", "0721555010", true, List.of(),
                            null))).field());
            assertFalse(d.expectations.of(client).isPresent(), "nothing saved half-way");
            d.as("agent").expectations.record(good);
            assertEquals(List.of("haggles"), d.expectations.of(client).orElseThrow().redFlags());
            assertEquals(7, d.expectations.redFlags().size());
            assertTrue(d.expectations.refusalLetter(client).startsWith("Stimate/Stimată Ion Popa"));
        }
    }

    @Test
    void gesturesThatEndedNothingAndRisingDemandsAreCountedFromTheRecord() {
        Instant t0 = Instant.parse("2026-01-10T10:00:00Z");
        ClientHistory h = new ClientHistory(1, "Viktor", "ru", t0, t0.plus(Duration.ofDays(90)),
                List.of(new ClientHistory.CaseLine(1, "P-1", "Late", t0, "CLOSED", "phone"),
                        new ClientHistory.CaseLine(2, "P-2", "Late again", t0.plus(Duration.ofDays(20)), "CLOSED", "phone"),
                        new ClientHistory.CaseLine(3, "P-3", "Broken", t0.plus(Duration.ofDays(40)), "NEW", "email")),
                List.of(), List.of(),
                List.of(new ClientHistory.GestureLine(1, "P-1", t0.plus(Duration.ofDays(2)), "apology-gift",
                        new BigDecimal("15"), "FULFILLED"),
                        new ClientHistory.GestureLine(2, "P-2", t0.plus(Duration.ofDays(22)), "goodwill-credit",
                                new BigDecimal("50"), "FULFILLED"),
                        new ClientHistory.GestureLine(3, "P-3", t0.plus(Duration.ofDays(41)), "refund",
                                new BigDecimal("300"), "PROPOSED")));
        assertEquals(List.of("P-1", "P-2"), new Indicators.GesturesWithoutEnd().measure(h).stream()
                .map(e -> e.caseNumber()).toList(), "each was followed by a new case; the last one was not given");
        assertEquals(List.of("P-2", "P-3"), new Indicators.RisingDemands().measure(h).stream()
                .map(e -> e.caseNumber()).toList());
    }
}
