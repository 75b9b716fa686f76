package org.parley.compensation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.compensation.Budget;
import org.parley.compensation.Gesture;
import org.parley.compensation.GestureCheck;
import org.parley.compensation.GestureDraft;
import org.parley.compensation.GestureService;
import org.parley.compensation.GestureState;
import org.parley.compensation.SpendGrouping;
import org.parley.compensation.SpendLine;
import org.parley.core.model.AuditEvent;
import org.parley.core.model.Commitment;
import org.parley.core.model.CommitmentKind;
import org.parley.core.model.CommitmentState;
import org.parley.core.model.Role;
import org.parley.core.service.InvalidInputException;
import org.parley.testing.TestDatabase;

/** Approval by role, budgets and per-client limits with audited overrides, the workflow and the spend report. */
class GestureWorkflowTest {

    static List<String> kinds() {
        return TestDatabase.kinds();
    }

    private static BigDecimal money(String v) {
        return new BigDecimal(v);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void eachRoleApprovesUpToItsLimitAndAboveItTheGestureWaitsForTheNextRole(String kind) {
        try (GestureDesk d = new GestureDesk(kind)) {
            long caseId = d.newCase("Ivan Petrov", "ru");
            // shipped rules: agent up to 50 EUR, supervisor up to 300, above that the department head
            Gesture small = d.as("agent").propose(caseId, "goodwill-credit", "30");
            assertEquals(GestureState.APPROVED, small.state(), "within the agent's own limit");
            assertEquals("agent", small.decidedBy());
            assertEquals(0, money("30").compareTo(small.cost()));

            Gesture refund = d.propose(caseId, "refund", "120");
            assertEquals(GestureState.PROPOSED, refund.state());
            assertEquals(Role.SUPERVISOR, refund.approvalRole());
            assertEquals(0, money("122").compareTo(refund.cost()), "the refund plus its processing cost");
            InvalidInputException agentRefused = assertThrows(InvalidInputException.class,
                    () -> d.gestures.approve(refund.id(), refund.version(), null));
            assertTrue(agentRefused.getMessage().contains("supervisor"), agentRefused.getMessage());

            Gesture big = d.propose(caseId, "refund", "400");
            assertEquals(Role.DEPARTMENT_HEAD, big.approvalRole());

            assertFalse(d.gestures.mayDecide(refund), "the Approve button stays off for the agent");
            d.as("lead");
            assertTrue(d.gestures.mayDecide(refund));
            assertFalse(d.gestures.mayDecide(big));
            assertEquals(List.of(refund.id()), d.gestures.awaitingApproval().stream().map(Gesture::id).toList(),
                    "a supervisor sees what a supervisor may approve");
            Gesture approved = d.gestures.approve(refund.id(), refund.version(), null);
            assertEquals(GestureState.APPROVED, approved.state());
            assertEquals("lead", approved.decidedBy());
            assertThrows(InvalidInputException.class, () -> d.gestures.approve(big.id(), big.version(), null));

            d.as("head");
            assertEquals(List.of(big.id()), d.gestures.awaitingApproval().stream().map(Gesture::id).toList());
            assertEquals(GestureState.APPROVED, d.gestures.approve(big.id(), big.version(), null).state());
            assertTrue(d.gestures.awaitingApproval().isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void beyondTheTeamsBudgetOnlyADepartmentHeadOverridesAndTheOverrideIsAudited(String kind) {
        try (GestureDesk d = new GestureDesk(kind)) {
            d.budget("north", "100");
            // three clients, so that the credit's one-per-client limit stays out of the way
            d.as("agent").propose(d.newCase("Ivan Petrov", "ru"), "goodwill-credit", "40");
            d.as("other").propose(d.newCase("Olga Ivanova", "ru"), "goodwill-credit", "40");
            long caseId = d.newCase("Ana Popescu", "ro");
            GestureCheck check = d.gestures.check(new GestureDraft(caseId, "goodwill-credit", money("40"), null, null));
            assertTrue(check.overBudget(), check.toString());
            assertFalse(check.overClientLimit());
            assertEquals(0, money("80").compareTo(check.spent()));
            assertEquals(Role.DEPARTMENT_HEAD, check.overrideRole());

            Gesture third = d.propose(caseId, "goodwill-credit", "40");
            assertEquals(GestureState.PROPOSED, third.state(), "within the agent's limit but beyond the budget");
            assertTrue(third.overBudget());
            // the south team has its own money: north's budget does not stop it
            assertEquals(GestureState.APPROVED, d.as("south").propose(d.newCase("Piotr Nowak", "pl"),
                    "goodwill-credit", "40").state());

            assertTrue(d.as("lead").gestures.awaitingApproval().isEmpty(), "a supervisor cannot override a budget");
            assertThrows(InvalidInputException.class,
                    () -> d.gestures.approve(third.id(), third.version(), "client is a long-standing customer"));
            InvalidInputException noReason = assertThrows(InvalidInputException.class,
                    () -> d.as("head").gestures.approve(third.id(), third.version(), " "));
            assertEquals("overrideReason", noReason.field());
            Gesture overridden = d.gestures.approve(third.id(), third.version(), "Seven years a customer");
            assertEquals(GestureState.APPROVED, overridden.state());
            assertEquals("Seven years a customer", overridden.overrideReason());

            List<AuditEvent> history = d.s.audit().history(GestureService.AUDIT_TYPE, third.id());
            AuditEvent override = history.stream().filter(e -> e.getAction().equals("gesture.override")).findFirst()
                    .orElseThrow();
            assertEquals("head", override.getActor());
            assertEquals("Seven years a customer", override.getReason());
            assertTrue(override.getAfter().contains("north"), override.getAfter());

            List<SpendLine> byTeam = d.reports.spend(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                    SpendGrouping.TEAM);
            SpendLine north = byTeam.stream().filter(l -> l.key().equals("north")).findFirst().orElseThrow();
            assertEquals(3, north.gestures());
            assertEquals(0, money("120").compareTo(north.spent()));
            assertEquals(0, money("100").compareTo(north.budget()));
            assertTrue(north.overBudget());
            assertNull(byTeam.stream().filter(l -> l.key().equals("south")).findFirst().orElseThrow().budget());
            List<SpendLine> byMonth = d.reports.spend(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31),
                    SpendGrouping.MONTH);
            assertEquals(List.of("2026-03"), byMonth.stream().map(SpendLine::key).toList());
            assertEquals(4, byMonth.get(0).gestures());
            assertEquals(0, money("160").compareTo(byMonth.get(0).spent()));
            var perClient = d.reports.perClient(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
            assertEquals(4, perClient.size(), "one gesture for each of four clients");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theItemsPerClientLimitNeedsASupervisorsOverrideWithAReason(String kind) {
        try (GestureDesk d = new GestureDesk(kind)) {
            long client = d.newClient("Ivan Petrov", "ru");
            long first = d.newCase(client);
            long second = d.newCase(client);
            // the apology gift: at most one per client in 180 days
            assertEquals(GestureState.APPROVED, d.as("agent").propose(first, "apology-gift", null).state());
            Gesture again = d.propose(second, "apology-gift", null);
            assertEquals(GestureState.PROPOSED, again.state());
            assertTrue(again.overClientLimit());
            assertThrows(InvalidInputException.class, () -> d.as("lead").gestures.approve(again.id(), again.version(),
                    null));
            Gesture ok = d.gestures.approve(again.id(), again.version(), "Second courier incident in a week");
            assertEquals("lead", ok.decidedBy());
            // after the period the limit starts again
            d.clock.advance(Duration.ofDays(181));
            assertEquals(GestureState.APPROVED, d.as("agent").propose(d.newCase(client), "apology-gift", null).state());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aGestureGoesFromProposalToFulfilmentAndTheAcceptedOneIsAPromiseKept(String kind) {
        try (GestureDesk d = new GestureDesk(kind)) {
            long caseId = d.newCase("Ana Popescu", "ro");
            Gesture g = d.as("agent").gestures.propose(new GestureDraft(caseId, "firm-new-date", null,
                    LocalDate.of(2026, 3, 9), "Client needs it before the 10th"));
            assertEquals(GestureState.APPROVED, g.state());
            assertThrows(InvalidInputException.class, () -> d.gestures.fulfil(g.id(), g.version(), null),
                    "not accepted yet");
            Gesture offered = d.gestures.offer(g.id(), g.version());
            assertThrows(InvalidInputException.class, () -> d.gestures.answer(offered.id(), offered.version(), false,
                    ""), "a decline needs the client's reason");
            Gesture accepted = d.gestures.answer(offered.id(), offered.version(), true, null);
            assertEquals(GestureState.ACCEPTED, accepted.state());
            Commitment promise = d.s.cases().commitments(caseId).stream()
                    .filter(c -> c.getKind() == CommitmentKind.DELIVER).findFirst().orElseThrow();
            assertEquals(CommitmentState.OPEN, promise.getState());
            assertTrue(promise.getDescription().contains("Firm new delivery date"), promise.getDescription());

            Gesture done = d.gestures.fulfil(accepted.id(), accepted.version(), "Delivered on the 9th");
            assertEquals(GestureState.FULFILLED, done.state());
            assertEquals(CommitmentState.KEPT, d.s.cases().commitments(caseId).stream()
                    .filter(c -> c.getId() == promise.getId()).findFirst().orElseThrow().getState());
            List<String> steps = d.s.audit().history(GestureService.AUDIT_TYPE, g.id()).stream()
                    .map(AuditEvent::getAction).toList();
            assertEquals(List.of("gesture.propose", "gesture.approve", "gesture.offer", "gesture.accept",
                    "gesture.fulfil"), steps);
            assertTrue(d.s.audit().history(GestureService.AUDIT_TYPE, g.id()).stream()
                    .allMatch(e -> e.getActor().equals("agent") && e.getAt() != null));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void rejectionsAndDeclinesNeedReasonsAndBadProposalsStoreNothing(String kind) {
        try (GestureDesk d = new GestureDesk(kind)) {
            long caseId = d.newCase("Ivan Petrov", "ru");
            d.as("agent");
            assertEquals("value", assertThrows(InvalidInputException.class,
                    () -> d.propose(caseId, "goodwill-credit", "500")).field(), "beyond the item's range");
            assertEquals("value", assertThrows(InvalidInputException.class,
                    () -> d.propose(caseId, "goodwill-credit", "-5")).field());
            assertEquals("value", assertThrows(InvalidInputException.class,
                    () -> d.propose(caseId, "apology-gift", "5")).field(), "a gift has no value");
            assertEquals("item", assertThrows(InvalidInputException.class,
                    () -> d.propose(caseId, "golden-parachute", null)).field());
            assertEquals("promisedDate", assertThrows(InvalidInputException.class,
                    () -> d.propose(caseId, "firm-new-date", null)).field());
            assertEquals(0, d.count("gesture"));

            Gesture refund = d.propose(caseId, "refund", "100");
            assertThrows(InvalidInputException.class, () -> d.as("lead").gestures.reject(refund.id(), refund.version(),
                    null));
            Gesture rejected = d.gestures.reject(refund.id(), refund.version(), "Goods were used for a month");
            assertEquals(GestureState.REJECTED, rejected.state());
            assertEquals("Goods were used for a month", rejected.reason());
            assertThrows(InvalidInputException.class, () -> d.gestures.offer(rejected.id(), rejected.version()),
                    "a rejected gesture is never offered");
            assertEquals(0, BigDecimal.ZERO.compareTo(d.reports.spend(LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 3, 31), SpendGrouping.ITEM).stream().map(SpendLine::spent)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)), "rejected gestures spend nothing");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void budgetsOfOneTeamMayNotOverlapAndOnlyAdminsSetThem(String kind) {
        try (GestureDesk d = new GestureDesk(kind)) {
            Budget march = d.budget("north", "1000");
            InvalidInputException overlap = assertThrows(InvalidInputException.class, () -> d.as("admin").budgets
                    .save(new Budget(0, 0, "north", LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 14),
                            money("500"))));
            assertTrue(overlap.getMessage().contains("overlap"), overlap.getMessage());
            d.budgets.save(new Budget(0, 0, "south", LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 14),
                    money("500")));
            assertThrows(InvalidInputException.class, () -> d.budgets.save(new Budget(0, 0, "north",
                    LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), money("-1"))));
            assertThrows(InvalidInputException.class, () -> d.budgets.save(new Budget(0, 0, "north",
                    LocalDate.of(2026, 4, 30), LocalDate.of(2026, 4, 1), money("10"))));
            assertThrows(InvalidInputException.class, () -> d.as("lead").budgets.save(new Budget(0, 0, "north",
                    LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), money("10"))), "admins only");
            Budget changed = d.as("admin").budgets.save(new Budget(march.id(), march.version(), "north",
                    march.from(), march.to(), money("1200")));
            assertEquals(0, money("1200").compareTo(changed.amount()));
            assertEquals(2, d.budgets.list().size());
            assertNotNull(d.budgets.of("north", LocalDate.of(2026, 3, 20)).orElse(null));
            assertFalse(d.budgets.of("north", LocalDate.of(2026, 4, 20)).isPresent());
        }
    }
}
