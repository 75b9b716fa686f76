package org.parley.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.complaints.CaseDeadline;
import org.parley.complaints.ComplaintDraft;
import org.parley.complaints.ComplaintRecord;
import org.parley.complaints.DeadlineKind;
import org.parley.complaints.DeadlinePolicy;
import org.parley.complaints.EscalationLevel;
import org.parley.complaints.Transfer;
import org.parley.complaints.WorkCalendar;
import org.parley.core.model.Case;
import org.parley.core.model.CaseStatus;
import org.parley.core.model.Severity;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.ConcurrentChangeException;
import org.parley.core.service.InvalidInputException;
import org.parley.testing.TestDatabase;

/** Deadlines that follow the case, and escalation one level up: by hand, for a breach, and handing down. */
class EscalationAndDeadlinesTest {

    static List<String> kinds() {
        return TestDatabase.kinds();
    }

    /** Monday 2 March 2026, 08:00 UTC; the calendar works 09:00-18:00 UTC on weekdays. */
    private static ComplaintRecord complaint(ComplaintDesk d, Severity severity) {
        d.as("admin").deadlines.saveCalendar(new WorkCalendar(ZoneOffset.UTC, EnumSet.range(DayOfWeek.MONDAY,
                DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(18, 0), Map.of()));
        long client = d.s.clients().create(new ClientDraft("Ana Rusu", "ro")).getId();
        ComplaintRecord r = d.as("agent").intake.take(new ComplaintDraft(client, null, "whatsapp", null,
                d.clock.now(), "Comanda mea a întârziat!", null, severity, 0));
        d.deadlines.refresh(r.caseId());
        return r;
    }

    private static CaseDeadline deadline(ComplaintDesk d, long caseId, DeadlineKind kind) {
        return d.deadlines.deadlinesOf(caseId).stream().filter(x -> x.kind() == kind).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void deadlinesStartAtReceiptByThePolicyAndAreMetByTheCasesOwnProgress(String kind) {
        try (ComplaintDesk d = new ComplaintDesk(kind)) {
            ComplaintRecord r = complaint(d, Severity.NORMAL);
            // received Monday 08:00, before the working day: 4 working hours run from 09:00
            assertEquals(Instant.parse("2026-03-02T13:00:00Z"), deadline(d, r.caseId(), DeadlineKind.ACKNOWLEDGE).dueAt());
            assertEquals(Instant.parse("2026-03-02T17:00:00Z"), deadline(d, r.caseId(), DeadlineKind.FIRST_CALLBACK).dueAt());
            assertEquals(1, d.deadlines.dueFor("agent", Instant.parse("2026-03-09T00:00:00Z"), 10).size(),
                    "the taker sees the acknowledgement in My day");

            d.clock.set(Instant.parse("2026-03-02T10:00:00Z"));
            Case c = d.s.cases().find(r.caseId()).orElseThrow();
            d.s.cases().changeStatus(c.getId(), c.getVersion(), CaseStatus.ACKNOWLEDGED, null);
            d.deadlines.refresh(r.caseId());
            assertEquals(Instant.parse("2026-03-02T10:00:00Z"), deadline(d, r.caseId(), DeadlineKind.ACKNOWLEDGE).metAt());

            // waiting for the client from Monday 12:00 to Tuesday 11:00 moves the open deadlines on by 8 working hours
            d.clock.set(Instant.parse("2026-03-02T12:00:00Z"));
            c = d.s.cases().find(r.caseId()).orElseThrow();
            d.s.cases().changeStatus(c.getId(), c.getVersion(), CaseStatus.WAITING_FOR_CLIENT, "Asked for the order number");
            assertTrue(d.deadlines.refresh(r.caseId()).stream().filter(CaseDeadline::isOpen).allMatch(CaseDeadline::paused));
            d.clock.set(Instant.parse("2026-03-03T11:00:00Z"));
            c = d.s.cases().find(r.caseId()).orElseThrow();
            d.s.cases().changeStatus(c.getId(), c.getVersion(), CaseStatus.INVESTIGATING, "Order number received");
            d.deadlines.refresh(r.caseId());
            assertEquals(Instant.parse("2026-03-03T16:00:00Z"), deadline(d, r.caseId(), DeadlineKind.FIRST_CALLBACK).dueAt());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theMostSpecificPolicyAppliesAndBadPoliciesAreRefused(String kind) {
        try (ComplaintDesk d = new ComplaintDesk(kind).as("admin")) {
            d.deadlines.savePolicy(new DeadlinePolicy(0, 0, null, null, 120, 480, 4800));
            d.deadlines.savePolicy(new DeadlinePolicy(0, 0, "whatsapp", null, 60, 240, 2400));
            d.deadlines.savePolicy(new DeadlinePolicy(0, 0, "whatsapp", Severity.CRITICAL, 15, 60, 960));
            assertEquals(15, d.deadlines.policyFor("whatsapp", Severity.CRITICAL).acknowledgeMinutes());
            assertEquals(60, d.deadlines.policyFor("whatsapp", Severity.LOW).acknowledgeMinutes());
            assertEquals(120, d.deadlines.policyFor("email", Severity.CRITICAL).acknowledgeMinutes());
            assertThrows(InvalidInputException.class,
                    () -> d.deadlines.savePolicy(new DeadlinePolicy(0, 0, "whatsapp", null, 30, 240, 2400)), "duplicate");
            assertThrows(InvalidInputException.class,
                    () -> d.deadlines.savePolicy(new DeadlinePolicy(0, 0, "sms", null, 600, 240, 2400)), "order");
            assertThrows(InvalidInputException.class,
                    () -> d.deadlines.savePolicy(new DeadlinePolicy(0, 0, "sms", null, 0, 240, 2400)), "zero");
            InvalidInputException notAdmin = assertThrows(InvalidInputException.class,
                    () -> d.as("agent").deadlines.savePolicy(new DeadlinePolicy(0, 0, "sms", null, 60, 240, 2400)));
            assertEquals("role", notAdmin.field());
            assertEquals(3, d.deadlines.policies().size());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void escalationMovesOneLevelUpWithItsReasonAndHandingDownNeedsATrainedUser(String kind) {
        try (ComplaintDesk d = new ComplaintDesk(kind)) {
            ComplaintRecord r = complaint(d, Severity.NORMAL);
            Case c = d.s.cases().find(r.caseId()).orElseThrow();
            assertThrows(ConcurrentChangeException.class, () -> d.escalation.escalate(r.caseId(), c.getVersion() + 1, null,
                    "Client asks"), "a stale version");
            assertThrows(InvalidInputException.class, () -> d.escalation.escalate(r.caseId(), c.getVersion(), null, " "));
            assertThrows(InvalidInputException.class,
                    () -> d.escalation.escalate(r.caseId(), c.getVersion(), "agent", "Wrong level for the owner"));
            Transfer up = d.as("lead").escalation.escalate(r.caseId(), c.getVersion(), "head", "The client asks for the head");
            assertEquals(1, up.fromLevel());
            assertEquals(2, up.toLevel());
            Case escalated = d.s.cases().find(r.caseId()).orElseThrow();
            assertEquals(2, escalated.getLevelHandling());
            assertEquals("head", escalated.getOwner().getLogin());

            Transfer down = d.as("head").escalation.handDown(r.caseId(), escalated.getVersion(), "lead", "Calmer now");
            assertEquals(1, down.toLevel());
            Case c1 = d.s.cases().find(r.caseId()).orElseThrow();
            InvalidInputException untrained = assertThrows(InvalidInputException.class,
                    () -> d.escalation.handDown(r.caseId(), c1.getVersion(), "rookie", "Give it to the new agent"));
            assertTrue(untrained.getMessage().contains("trained"), untrained.getMessage());
            assertEquals(0, d.escalation.handDown(r.caseId(), c1.getVersion(), "trained", "Front line can finish").toLevel());
            assertEquals(3, d.escalation.transfers(r.caseId()).size());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aBreachedDeadlineEscalatesTheCaseOnceEvenWhenTwoDesktopsCheck(String kind) {
        try (ComplaintDesk d = new ComplaintDesk(kind)) {
            ComplaintRecord r = complaint(d, Severity.NORMAL);
            d.clock.set(Instant.parse("2026-03-02T12:59:00Z"));
            assertEquals(0, d.deadlines.escalateBreached());
            d.clock.set(Instant.parse("2026-03-02T13:01:00Z"));
            assertEquals(1, d.deadlines.escalateBreached(), "the acknowledgement deadline passed");
            assertEquals(0, d.deadlines.escalateBreached(), "never twice for the same breach");
            Case c = d.s.cases().find(r.caseId()).orElseThrow();
            assertEquals(2, c.getLevelHandling());
            assertEquals("head", c.getOwner() == null ? null : c.getOwner().getLogin(), "the least busy user at level 2");
            CaseDeadline ack = deadline(d, r.caseId(), DeadlineKind.ACKNOWLEDGE);
            assertNotNull(ack.breachedAt());
            assertTrue(ack.escalated());
            Transfer t = d.escalation.transfers(r.caseId()).get(0);
            assertTrue(t.automatic());
            assertTrue(t.reason().contains("Acknowledge"), t.reason());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void levelsAreConfiguredWithoutGapsByAnAdmin(String kind) {
        try (ComplaintDesk d = new ComplaintDesk(kind).as("admin")) {
            assertEquals("Front line", d.escalation.levelName(0));
            assertThrows(InvalidInputException.class, () -> d.escalation.saveLevels(List.of(new EscalationLevel(0, "Desk"),
                    new EscalationLevel(2, "Boss"))));
            assertThrows(InvalidInputException.class, () -> d.escalation.saveLevels(List.of(new EscalationLevel(0, "Desk"),
                    new EscalationLevel(1, "desk"))));
            d.escalation.saveLevels(List.of(new EscalationLevel(0, "Desk"), new EscalationLevel(1, "Shift lead"),
                    new EscalationLevel(2, "Customer care head")));
            assertEquals("Shift lead", d.escalation.levelName(1));
        }
    }

}
