package org.parley.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.complaints.ComplaintDraft;
import org.parley.complaints.ComplaintRecord;
import org.parley.complaints.DuplicateCandidate;
import org.parley.complaints.ProactiveDraft;
import org.parley.complaints.extension.ComplaintChannel;
import org.parley.core.model.Case;
import org.parley.core.model.CaseStatus;
import org.parley.core.model.CommitmentKind;
import org.parley.core.model.Severity;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.InvalidInputException;
import org.parley.testing.TestDatabase;

/** Intake from every channel: words verbatim, bad input refused with nothing stored, duplicates offered, never dropped. */
class ComplaintIntakeTest {

    static List<String> kinds() {
        return TestDatabase.kinds();
    }

    private static final String WORDS = "  Я третий раз пишу!\nЗаказ №4411 так и не привезли.\n\tCând îmi returnați banii? Złożyłem reklamację.  ";

    private static ComplaintDraft draft(long clientId, String channel, String reference, Instant at, String words) {
        return new ComplaintDraft(clientId, null, channel, reference, at, words, null, Severity.NORMAL, 0);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aComplaintFromANewClientOpensACaseWithTheWordsVerbatim(String kind) {
        try (ComplaintDesk d = new ComplaintDesk(kind).as("agent")) {
            ComplaintRecord r = d.intake.take(new ComplaintDraft(0, new ClientDraft("Ivan Petrov", "ru"), "whatsapp",
                    "+373 69 000 111", d.clock.now().minus(Duration.ofMinutes(20)), WORDS, null, Severity.HIGH, 0));
            assertEquals(WORDS.strip(), r.clientWords(), "only the surrounding blank space goes");
            Case c = d.s.cases().find(r.caseId()).orElseThrow();
            assertEquals(CaseStatus.NEW, c.getStatus());
            assertEquals(1, c.getLevelHandling(), "handled one level above the front line");
            assertEquals("Я третий раз пишу!", c.getTitle());
            assertEquals(WORDS.strip(), d.s.cases().interactions(c.getId()).get(0).getClientWords(), "on the timeline too");
            assertEquals(1, d.count("complaint"));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void badInputIsRefusedByFieldAndNothingIsStored(String kind) {
        try (ComplaintDesk d = new ComplaintDesk(kind).as("agent")) {
            long client = d.s.clients().create(new ClientDraft("Ana Rusu", "ro")).getId();
            Instant now = d.clock.now();
            refused(d, "clientWords", draft(client, "email", null, now, "   \n "));
            refused(d, "clientWords", draft(client, "email", null, now, "x".repeat(20001)));
            refused(d, "receivedAt", draft(client, "email", null, now.plus(Duration.ofHours(1)), "Late"));
            refused(d, "receivedAt", draft(client, "email", null, null, "Late"));
            refused(d, "client", draft(999_999, "email", null, now, "Late"));
            refused(d, "channel", draft(client, "carrier-pigeon", null, now, "Late"));
            refused(d, "channelReference", draft(client, "whatsapp", "call me", now, "Late"));
            refused(d, "channelReference", draft(client, "email", "not an address", now, "Late"));
            refused(d, "channelReference", draft(client, "public-review", "www.example.com/review", now, "Late"));
            refused(d, "channelReference", draft(client, "letter", "r".repeat(501), now, "Late"));
            refused(d, "client", new ComplaintDraft(0, new ClientDraft("Nou Client", "ro"), "email", null,
                    now.plus(Duration.ofDays(1)), "Late", null, null, 0), "receivedAt");
            assertEquals(0, d.count("complaint"));
            assertEquals(0, d.count("conflict_case"));
            assertEquals(1, d.count("client"), "no new client stored half-way");
        }
    }

    private static void refused(ComplaintDesk d, String field, ComplaintDraft draft) {
        refused(d, field, draft, field);
    }

    private static void refused(ComplaintDesk d, String what, ComplaintDraft draft, String field) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> d.intake.take(draft), what);
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().length() > 15 && !e.getMessage().contains("field."), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aRepeatOfTheSameWordsIsOfferedAsADuplicateButOnlyFromTheSameClientChannelAndDays(String kind) {
        try (ComplaintDesk d = new ComplaintDesk(kind).as("agent")) {
            long ana = d.s.clients().create(new ClientDraft("Ana Rusu", "ro")).getId();
            long jan = d.s.clients().create(new ClientDraft("Jan Nowak", "pl")).getId();
            Instant t = d.clock.now();
            ComplaintRecord first = d.intake.take(draft(ana, "sms", "+37369000111", t, "Comanda mea a întârziat!"));
            List<DuplicateCandidate> same = d.intake.likelyDuplicates(draft(ana, "sms", null, t.plus(Duration.ofHours(5)),
                    "comanda mea a intarziat"));
            assertEquals(1, same.size());
            assertEquals(first.id(), same.get(0).complaint().id());
            assertTrue(d.intake.likelyDuplicates(draft(ana, "email", null, t, "Comanda mea a întârziat!")).isEmpty());
            assertTrue(d.intake.likelyDuplicates(draft(jan, "sms", null, t, "Comanda mea a întârziat!")).isEmpty());
            assertTrue(d.intake.likelyDuplicates(draft(ana, "sms", null, t.minus(Duration.ofDays(4)),
                    "Comanda mea a întârziat!")).isEmpty());
            assertTrue(d.intake.likelyDuplicates(draft(ana, "sms", null, t, "Curierul a fost nepoliticos cu mine")).isEmpty());

            ComplaintRecord repeat = d.intake.takeInto(first.caseId(), draft(ana, "sms", null, t, "Comanda mea a întârziat!"));
            assertEquals(first.caseId(), repeat.caseId());
            assertThrows(InvalidInputException.class,
                    () -> d.intake.takeInto(first.caseId(), draft(jan, "sms", null, t, "Not my case")));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void bulkIntakeIsAllOrNothingAndFlagsDuplicatesForAnAgentToMergeOrKeepApart(String kind) {
        try (ComplaintDesk d = new ComplaintDesk(kind).as("agent")) {
            long ana = d.s.clients().create(new ClientDraft("Ana Rusu", "ro")).getId();
            Instant t = d.clock.now().minus(Duration.ofHours(3));
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> d.intake.takeAll(List.of(
                    draft(ana, "email", null, t, "First"), draft(ana, "email", null, t, " "),
                    draft(ana, "email", null, t, "Third"))));
            assertTrue(e.getMessage().startsWith("Record 2"), e.getMessage());
            assertEquals(0, d.count("complaint"));
            assertEquals(0, d.count("conflict_case"));

            List<ComplaintRecord> taken = d.intake.takeAll(List.of(draft(ana, "email", null, t, "The parcel arrived broken."),
                    draft(ana, "email", null, t.plus(Duration.ofMinutes(30)), "The parcel arrived broken!!"),
                    draft(ana, "email", null, t.plus(Duration.ofMinutes(40)), "And the courier was rude to me.")));
            assertEquals(3, taken.size());
            assertEquals(taken.get(0).id(), taken.get(1).suspectedDuplicateOf(), "flagged, not dropped");
            assertEquals(0, taken.get(2).suspectedDuplicateOf());
            assertEquals(List.of(taken.get(1).id()), d.intake.suspectedDuplicates(10).stream().map(ComplaintRecord::id).toList());

            assertThrows(InvalidInputException.class, () -> d.intake.merge(taken.get(1).id(), taken.get(0).caseId(), " "));
            ComplaintRecord merged = d.intake.merge(taken.get(1).id(), taken.get(0).caseId(), "Same parcel, sent twice");
            assertEquals(taken.get(0).caseId(), merged.caseId());
            assertEquals(CaseStatus.CLOSED, d.s.cases().find(taken.get(1).caseId()).orElseThrow().getStatus(),
                    "the emptied case is closed as merged");
            d.intake.keepApart(taken.get(2).id(), "Another matter");
            assertTrue(d.intake.suspectedDuplicates(10).isEmpty());
            assertEquals(2, d.s.store().jdbc(c -> {
                try (var rs = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM audit_event WHERE action IN ('complaint.merge', 'complaint.keepApart')")) {
                    rs.next();
                    return rs.getInt(1);
                }
            }));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aProactiveCaseForEachAffectedClientPromisesToTellThem(String kind) {
        try (ComplaintDesk d = new ComplaintDesk(kind).as("agent")) {
            List<Long> clients = List.of(d.s.clients().create(new ClientDraft("Ana Rusu", "ro")).getId(),
                    d.s.clients().create(new ClientDraft("Jan Nowak", "pl")).getId(),
                    d.s.clients().create(new ClientDraft("Ivan Petrov", "ru")).getId());
            Instant tellBy = d.clock.now().plus(Duration.ofHours(2));
            assertThrows(InvalidInputException.class, () -> d.intake.openProactive(new ProactiveDraft(
                    List.of(clients.get(0), 424242L), "Warehouse flood delays", null, "phone", Severity.HIGH, tellBy)));
            assertEquals(0, d.count("conflict_case"), "all or nothing");
            List<Long> opened = d.intake.openProactive(new ProactiveDraft(clients, "Warehouse flood delays", null, "phone",
                    Severity.HIGH, tellBy));
            assertEquals(3, opened.size());
            for (long id : opened) {
                var promises = d.s.cases().commitments(id);
                assertEquals(1, promises.size());
                assertEquals(CommitmentKind.INFORM, promises.get(0).getKind());
                assertEquals(tellBy, promises.get(0).getDueAt());
                assertEquals("agent", promises.get(0).getOwner());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aPlugInChannelIsAcceptedWhileItIsRegistered(String kind) {
        try (ComplaintDesk d = new ComplaintDesk(kind).as("agent")) {
            ComplaintChannel facebook = new ComplaintChannel() {
                public String code() { return "facebook"; }
                public String label(Locale l) { return "Facebook"; }
                public String referenceLabel(Locale l) { return "Post link"; }
            };
            long ana = d.s.clients().create(new ClientDraft("Ana Rusu", "ro")).getId();
            Consumer<Void> take = v -> d.intake.take(draft(ana, "facebook", "https://facebook.com/p/1", d.clock.now(), "Bad"));
            assertThrows(InvalidInputException.class, () -> take.accept(null));
            d.channels.addChannel(facebook);
            take.accept(null);
            assertEquals("facebook", d.channels.channels().get(d.channels.channels().size() - 1).code());
            d.channels.removeChannel(facebook);
            assertThrows(InvalidInputException.class, () -> take.accept(null));
        }
    }
}
