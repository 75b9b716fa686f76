package org.parley.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.core.model.Case;
import org.parley.core.model.Client;
import org.parley.core.model.Severity;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.ConcurrentChangeException;

/** Two desktops change the same case: the later change is refused and reported, never written over the first. */
class OptimisticLockTest {

    static java.util.stream.Stream<String> databases() {
        return TestDatabases.kinds();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aChangeMadeOnAStaleCopyIsRefused(String kind) throws Exception {
        DatabaseSettings db = TestDatabases.fresh(kind);
        try (var anna = TestDatabases.desktop(db, "anna"); var boris = TestDatabases.desktop(db, "boris")) {
            Client client = anna.clients.create(new ClientDraft("Client", "en"));
            Case opened = anna.cases.open(new CaseDraft(client.getId(), "Original title", "email"));
            Case annasCopy = anna.cases.find(opened.getId()).orElseThrow();
            Case borissCopy = boris.cases.find(opened.getId()).orElseThrow();

            anna.cases.update(annasCopy.getId(), annasCopy.getVersion(), "Anna's title", null, Severity.HIGH);
            ConcurrentChangeException e = assertThrows(ConcurrentChangeException.class, () -> boris.cases
                    .update(borissCopy.getId(), borissCopy.getVersion(), "Boris's title", null, Severity.LOW));
            assertEquals("case", e.entityType());
            assertEquals(opened.getId(), e.entityId());
            assertTrue(e.getMessage().contains("someone else"), e.getMessage());
            Case stored = boris.cases.find(opened.getId()).orElseThrow();
            assertEquals("Anna's title", stored.getTitle());
            assertEquals(Severity.HIGH, stored.getSeverity());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRaceBetweenReadAndCommitIsCaughtByTheVersionColumn(String kind) throws Exception {
        DatabaseSettings db = TestDatabases.fresh(kind);
        try (var anna = TestDatabases.desktop(db, "anna"); var boris = TestDatabases.desktop(db, "boris")) {
            Client client = anna.clients.create(new ClientDraft("Client", "en"));
            long id = anna.cases.open(new CaseDraft(client.getId(), "Original", "email")).getId();
            assertThrows(ConcurrentChangeException.class, () -> boris.store.write(em -> {
                Case inBorissTransaction = em.find(Case.class, id);
                // Anna commits while Boris's transaction is still open
                Case annas = anna.cases.find(id).orElseThrow();
                anna.cases.update(id, annas.getVersion(), "Anna wins", null, Severity.NORMAL);
                inBorissTransaction.setTitle("Boris loses");
                return null;
            }));
            assertEquals("Anna wins", anna.cases.find(id).orElseThrow().getTitle());
        }
    }
}
