package org.parley.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.core.model.AuditEvent;
import org.parley.core.model.Case;
import org.parley.core.model.CaseStatus;
import org.parley.core.model.Client;
import org.parley.core.model.Commitment;
import org.parley.core.model.CommitmentKind;
import org.parley.core.model.CommitmentState;
import org.parley.core.model.ContactPoint;
import org.parley.core.model.Direction;
import org.parley.core.model.Interaction;
import org.parley.core.model.Role;
import org.parley.core.model.Severity;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.CaseQuery;
import org.parley.core.service.CaseRow;
import org.parley.core.service.CaseSort;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.CommitmentDraft;
import org.parley.core.service.InteractionDraft;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.NotFoundException;
import org.parley.core.service.UserDraft;

/** Everything the core model holds survives a round trip through a real database, H2 and PostgreSQL alike. */
class PersistenceRoundTripTest {

    static java.util.stream.Stream<String> databases() {
        return TestDatabases.kinds();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aCaseWithItsTimelineAndPromisesIsStoredAndReadBack(String kind) throws Exception {
        DatabaseSettings db = TestDatabases.fresh(kind);
        long caseId;
        String words = "  Вы обещали доставку во вторник!\nНикто не позвонил.  ";
        try (var desk = TestDatabases.desktop(db, "olga")) {
            desk.users.create(new UserDraft("olga", "Olga Petrova", Role.AGENT, 0, false));
            Client client = desk.clients.create(new ClientDraft("Иван Смирнов", "RU",
                    List.of(new ContactPoint("viber", "+373 69 000 111"), new ContactPoint("email", "ivan@example.org")),
                    "Prefers calls after 18:00"));
            Case c = desk.cases.open(new CaseDraft(client.getId(), "Late delivery of the sofa", "Ordered 3 weeks ago",
                    "viber", Severity.HIGH, 0, "olga"));
            caseId = c.getId();
            assertEquals(Case.numberFor(caseId), c.getNumber());
            assertEquals(caseId, Case.idOfNumber(c.getNumber()));
            desk.cases.addInteraction(caseId, new InteractionDraft("phone", Direction.INBOUND, desk.clock.now(), words,
                    "Client angry about missed delivery; listened, apologised twice"));
            desk.cases.addCommitment(caseId, new CommitmentDraft(CommitmentKind.CALL_BACK,
                    "Call back with a firm delivery date", desk.clock.now().plus(Duration.ofHours(4)), null));
        }
        // a second desktop with a new persistence unit sees exactly what the first one stored
        try (var other = TestDatabases.desktop(db, "olga")) {
            Case c = other.cases.find(caseId).orElseThrow();
            assertEquals("Late delivery of the sofa", c.getTitle());
            assertEquals(CaseStatus.NEW, c.getStatus());
            assertEquals(Severity.HIGH, c.getSeverity());
            assertEquals(0, c.getLevelArisen());
            assertEquals(1, c.getLevelHandling(), "handled one level above where it arose");
            assertEquals("olga", c.getOwner().getLogin());
            assertEquals("Иван Смирнов", c.getClient().getName());
            assertEquals("ru", c.getClient().getLanguage());
            assertEquals(List.of(new ContactPoint("viber", "+373 69 000 111"), new ContactPoint("email", "ivan@example.org")),
                    c.getClient().getContactPoints());
            List<Interaction> timeline = other.cases.interactions(caseId);
            assertEquals(1, timeline.size());
            assertEquals(words, timeline.get(0).getClientWords(), "the client's words are kept verbatim");
            assertEquals("olga", timeline.get(0).getAuthor());
            List<Commitment> promises = other.cases.commitments(caseId);
            assertEquals(1, promises.size());
            assertEquals(CommitmentState.OPEN, promises.get(0).getState());
            assertEquals(other.clock.now().plus(Duration.ofHours(4)), promises.get(0).getDueAt());
            assertEquals(1, other.cases.openCommitmentsOf("olga", 10).size());

            List<AuditEvent> history = other.audit.history(EntityNames.CASE, caseId);
            assertEquals("case.opened", history.get(0).getAction());
            assertEquals("olga", history.get(0).getActor());
            assertTrue(history.get(0).getAfter().contains("Late delivery of the sofa"));
            assertEquals(5, TestDatabases.countRows(db, "audit_event"), "user, client, case, interaction, commitment");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theLifecycleStampsTimesAndRefusesImpossibleMoves(String kind) throws Exception {
        DatabaseSettings db = TestDatabases.fresh(kind);
        try (var desk = TestDatabases.desktop(db, "agent")) {
            Client client = desk.clients.create(new ClientDraft("Ana Popescu", "ro"));
            Case c = desk.cases.open(new CaseDraft(client.getId(), "Wrong invoice", "email"));
            desk.clock.now = desk.clock.now.plusSeconds(600);
            Case acknowledged = desk.cases.changeStatus(c.getId(), c.getVersion(), CaseStatus.ACKNOWLEDGED, "Seen and read");
            assertEquals(desk.clock.now, acknowledged.getAcknowledgedAt());
            Case closed = desk.cases.changeStatus(c.getId(), acknowledged.getVersion(), CaseStatus.CLOSED, null);
            assertNotNull(closed.getClosedAt());
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> desk.cases.changeStatus(c.getId(), closed.getVersion(), CaseStatus.WAITING_FOR_CLIENT, null));
            assertEquals("status", e.field());
            assertTrue(e.getMessage().contains("INVESTIGATING"), e.getMessage());
            assertEquals(CaseStatus.CLOSED, desk.cases.find(c.getId()).orElseThrow().getStatus());
            assertEquals(List.of("case.opened", "case.status", "case.status"),
                    desk.audit.history(EntityNames.CASE, c.getId()).stream().map(AuditEvent::getAction).toList());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void listsAreFilteredSortedAndPagedInTheDatabase(String kind) throws Exception {
        DatabaseSettings db = TestDatabases.fresh(kind);
        try (var desk = TestDatabases.desktop(db, "agent")) {
            Client anna = desk.clients.create(new ClientDraft("Anna Kowalska", "pl"));
            Client boris = desk.clients.create(new ClientDraft("Boris 100% Real_Name", "ru"));
            for (int i = 0; i < 25; i++) {
                desk.clock.now = desk.clock.now.plusSeconds(60);
                desk.cases.open(new CaseDraft((i % 2 == 0 ? anna : boris).getId(), "Complaint " + (char) ('A' + i), "sms"));
            }
            assertEquals(25, desk.cases.count(CaseQuery.all()));
            assertEquals(13, desk.cases.count(CaseQuery.all().withText("kowalska")));
            assertEquals(12, desk.cases.count(CaseQuery.all().withText("100%")), "% is text, not a wildcard");
            assertEquals(0, desk.cases.count(CaseQuery.all().withText("1_0")));
            List<CaseRow> filtered = desk.cases.list(CaseQuery.all().withText("kowalska").sortedBy(CaseSort.TITLE, true), 0, 5);
            assertEquals(List.of("Complaint Y", "Complaint W", "Complaint U", "Complaint S", "Complaint Q"),
                    filtered.stream().map(CaseRow::title).toList());
            assertEquals(13, desk.cases.list(CaseQuery.all().withText("kowalska").sortedBy(CaseSort.STATUS, false), 0, 50).size());
            List<CaseRow> page1 = desk.cases.list(CaseQuery.all().sortedBy(CaseSort.TITLE, false), 0, 10);
            List<CaseRow> page3 = desk.cases.list(CaseQuery.all().sortedBy(CaseSort.TITLE, false), 20, 10);
            assertEquals("Complaint A", page1.get(0).title());
            assertEquals(5, page3.size());
            assertEquals("Complaint Y", page3.get(4).title());
            List<CaseRow> newest = desk.cases.list(CaseQuery.all(), 0, 1);
            assertEquals("Complaint Y", newest.get(0).title());
            assertEquals("Anna Kowalska", newest.get(0).clientName());
            assertEquals(25, desk.cases.count(CaseQuery.all().withStatuses(Set.of(CaseStatus.NEW))));
            assertEquals(0, desk.cases.count(CaseQuery.all().withStatuses(Set.of(CaseStatus.CLOSED))));
            assertEquals(12, desk.cases.count(CaseQuery.all().forClient(boris.getId())));
            assertEquals(List.of(boris.getId()), desk.clients.search("real_n", 10).stream().map(Client::getId).toList());
            assertThrows(InvalidInputException.class, () -> desk.cases.list(CaseQuery.all(), -1, 10));
            // renaming a client renames it in every case list
            desk.clients.update(anna.getId(), anna.getVersion(), new ClientDraft("Anna Nowak", "pl"));
            assertEquals("Anna Nowak", desk.cases.list(CaseQuery.all(), 0, 1).get(0).clientName());
            assertEquals(13, desk.cases.count(CaseQuery.all().withText("nowak")));
            List<CaseRow> byClient = desk.cases.list(CaseQuery.all().sortedBy(CaseSort.CLIENT, true), 0, 25);
            assertEquals("Boris 100% Real_Name", byClient.get(0).clientName());
            assertEquals("Anna Nowak", byClient.get(24).clientName());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPageReadFromTheOtherEndIsTheSamePage(String kind) throws Exception {
        DatabaseSettings db = TestDatabases.fresh(kind);
        try (var desk = TestDatabases.desktop(db, "agent")) {
            desk.users.create(new UserDraft("agent", "Agent", Role.AGENT, 0, false));
            Client client = desk.clients.create(new ClientDraft("Client", "en"));
            for (int i = 0; i < 23; i++) {
                desk.clock.now = desk.clock.now.plusSeconds(i % 3 == 0 ? 0 : 60); // equal times: ties broken by id
                desk.cases.open(new CaseDraft(client.getId(), "Case " + (char) ('A' + i % 7), null, "phone",
                        Severity.values()[i % 4], 0, i % 2 == 0 ? "agent" : null));
            }
            for (CaseSort sort : CaseSort.values()) {
                for (boolean descending : new boolean[] { false, true }) {
                    for (CaseQuery q : List.of(CaseQuery.all().sortedBy(sort, descending),
                            CaseQuery.all().withText("case").sortedBy(sort, descending))) {
                        for (int offset = 0; offset <= 24; offset += 3) {
                            desk.cases.reverseFrom = Integer.MAX_VALUE;
                            List<CaseRow> forward = desk.cases.list(q, offset, 5);
                            desk.cases.reverseFrom = 0;
                            assertEquals(forward, desk.cases.list(q, offset, 5), sort + (descending ? " desc" : " asc")
                                    + " at " + offset);
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void badInputIsRejectedAndNothingIsStoredHalfWay(String kind) throws Exception {
        DatabaseSettings db = TestDatabases.fresh(kind);
        try (var desk = TestDatabases.desktop(db, "agent")) {
            NotFoundException missing = assertThrows(NotFoundException.class,
                    () -> desk.cases.open(new CaseDraft(4242, "Nobody's case", "phone")));
            assertTrue(missing.getMessage().contains("4242"), missing.getMessage());
            // an import-like unit of work: the client must not stay behind when the case fails
            assertThrows(NotFoundException.class, () -> desk.store.inTransaction(() -> {
                Client c = desk.clients.create(new ClientDraft("Half-way client", "en"));
                return desk.cases.open(new CaseDraft(c.getId(), "ok", null, "phone", Severity.LOW, 0, "no-such-user"));
            }));
            assertEquals(0, desk.clients.count());
            assertEquals(0, TestDatabases.countRows(db, "audit_event"));
            Client c = desk.clients.create(new ClientDraft("Real client", "en"));
            Case k = desk.cases.open(new CaseDraft(c.getId(), "A case", "phone"));
            assertThrows(InvalidInputException.class, () -> desk.cases.settleCommitment(
                    desk.cases.addCommitment(k.getId(), new CommitmentDraft(CommitmentKind.INFORM, "Tell the client",
                            desk.clock.now(), null)).getId(), 0, CommitmentState.OPEN, null));
            desk.users.create(new UserDraft("agent", "A", Role.AGENT, 0, false));
            InvalidInputException taken = assertThrows(InvalidInputException.class,
                    () -> desk.users.create(new UserDraft("AGENT", "B", Role.AGENT, 0, false)));
            assertEquals("login", taken.field());
            assertEquals(1, desk.users.list().size());
        }
    }
}
