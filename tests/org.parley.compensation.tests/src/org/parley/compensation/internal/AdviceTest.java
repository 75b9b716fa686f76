package org.parley.compensation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.compensation.Advice;
import org.parley.compensation.Gesture;
import org.parley.compensation.extension.AdviceRequest;
import org.parley.compensation.extension.AdvisorAnswer;
import org.parley.compensation.extension.GestureAdvisor;
import org.parley.complaints.Outcome;
import org.parley.complaints.ResolutionDraft;
import org.parley.complaints.internal.CaseResolutions;
import org.parley.complaints.internal.LessonRegister;
import org.parley.core.model.Language;
import org.parley.testing.TestDatabase;

/** Ranked alternatives by root cause and cost, "no gesture" for a client gestures do not help, plug-in advisors. */
class AdviceTest {

    static List<String> kinds() {
        return TestDatabase.kinds();
    }

    private static List<String> codes(Advice a) {
        return a.alternatives().stream().map(x -> x.item().code()).toList();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void alternativesMadeForTheRootCauseComeFirstCheapestFirstThenGeneralOnes(String kind) {
        try (GestureDesk d = new GestureDesk(kind)) {
            long caseId = d.newCase("Ivan Petrov", "ru");
            Advice before = d.as("agent").advice.adviseFor(caseId);
            assertEquals(null, before.rootCause());
            assertTrue(before.alternatives().size() >= 8, "every item fits loosely before the cause is known");

            d.rootCause(caseId, "product-quality");
            Advice a = d.advice.adviseFor(caseId);
            assertEquals("product-quality", a.rootCause());
            // refund (2 + 1 EUR), repair (25), replacement (40): made for bad quality, cheapest first
            assertEquals(List.of("refund", "repair", "replacement", "free-extra-service", "discount-next-order",
                    "attention-and-fix"), codes(a));
            assertEquals(100, a.alternatives().get(0).fit());
            assertFalse(a.suggestsNoGesture());
            assertTrue(a.alternatives().get(0).reasons().get(0).contains("product-quality"));

            d.rootCause(caseId, "late-delivery");
            assertEquals(List.of("firm-new-date", "goodwill-credit", "free-extra-service", "discount-next-order",
                    "attention-and-fix"), codes(d.advice.adviseFor(caseId)));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aClientWhoseConflictGoesOnAfterManyGesturesIsAdvisedAttentionAndAFix(String kind) {
        try (GestureDesk d = new GestureDesk(kind)) {
            long client = d.newClient("Piotr Nowak", "pl");
            d.as("agent");
            for (int i = 0; i < 3; i++) {
                long c = d.newCase(client);
                Gesture g = d.propose(c, "discount-next-order", "5");
                if (i == 2) {
                    // the third discount needed a supervisor: two per client per year
                    d.as("lead").gestures.approve(g.id(), g.version(), "Third late parcel this spring");
                    d.as("agent");
                }
                d.clock.advance(Duration.ofDays(10));
            }
            long again = d.newCase(client);
            Advice a = d.advice.adviseFor(again);
            assertTrue(a.suggestsNoGesture());
            assertTrue(a.noGestureReasons().get(0).contains("Piotr Nowak"), a.noGestureReasons().get(0));
            assertEquals("attention-and-fix", codes(a).get(0));

            // another client with the same case gets gestures first
            Advice fresh = d.advice.adviseFor(d.newCase("Ewa Kowalska", "pl"));
            assertFalse(fresh.suggestsNoGesture());
            assertEquals("attention-and-fix", codes(fresh).get(codes(fresh).size() - 1));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aCompanyAdvisorAddsItsProposalsOrReplacesParleys(String kind) {
        try (GestureDesk d = new GestureDesk(kind)) {
            long caseId = d.newCase("Ivan Petrov", "ru");
            d.rootCause(caseId, "late-delivery");
            GestureAdvisor loyalty = new GestureAdvisor() {
                @Override
                public String id() {
                    return "acme.loyalty";
                }

                @Override
                public AdvisorAnswer advise(AdviceRequest r) {
                    return new AdvisorAnswer(List.of(new AdvisorAnswer.Proposal("discount-next-order", 100,
                            "Gold card holder"), new AdvisorAnswer.Proposal("no-such-item", 100, "ignored")), null);
                }
            };
            d.advice.addAdvisor(loyalty);
            Advice both = d.as("agent").advice.adviseFor(caseId);
            assertEquals("discount-next-order", codes(both).get(2), "fit 100 like Parley's own, dearer than those");
            assertTrue(both.alternatives().get(2).reasons().contains("Gold card holder"));
            assertFalse(codes(both).contains("no-such-item"), "only what the catalogue offers");

            d.advice.removeAdvisor(loyalty);
            d.advice.addAdvisor(new GestureAdvisor() {
                @Override
                public String id() {
                    return "acme.only";
                }

                @Override
                public Set<String> replaces() {
                    return Set.of(PARLEY);
                }

                @Override
                public AdvisorAnswer advise(AdviceRequest r) {
                    return new AdvisorAnswer(List.of(new AdvisorAnswer.Proposal("repair", 70, "Our policy")), null);
                }
            });
            assertEquals(List.of("repair"), codes(d.advice.adviseFor(caseId)));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theAcceptedGesturesRedemptionGoesIntoTheClosingMessageInTheClientsLanguage(String kind) {
        try (GestureDesk d = new GestureDesk(kind)) {
            long caseId = d.newCase("Ivan Petrov", "ru");
            d.rootCause(caseId, "product-quality");
            Gesture g = d.as("agent").propose(caseId, "replacement", null);
            g = d.gestures.offer(g.id(), g.version());
            g = d.gestures.answer(g.id(), g.version(), true, null);

            LessonRegister lessons = new LessonRegister(d.s.store(), d.s.cases(), d.s.users(), d.investigations,
                    d.clock);
            CaseResolutions resolutions = new CaseResolutions(d.s.store(), d.s.cases(), d.s.users(), d.investigations,
                    lessons, d.clock);
            resolutions.addRemedySource(new GestureRemedies(d.gestures));
            var remedy = resolutions.remedyGiven(caseId).orElseThrow();
            assertEquals("Замена некачественного товара", remedy.remedy());
            assertTrue(remedy.howToUse().startsWith("Курьер привезёт"), remedy.howToUse());
            String letter = resolutions.draftClosingMessage(caseId, new ResolutionDraft(Outcome.REMEDIED, null, null,
                    null, null, "Quality check added at the warehouse", 0));
            assertTrue(letter.contains("Замена некачественного товара"), letter);
            assertTrue(letter.contains("Курьер привезёт"), letter);
            assertEquals(Language.RU, Language.ofCode("ru"));
        }
    }
}
