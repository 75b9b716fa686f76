package org.parley.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.core.service.Store.SchemaState;
import org.parley.store.tests.contribution.CaseTagEntities;

/** The schema belongs to versioned migrations: an empty database is migrated, and each contribution on its own. */
class MigrationTest {

    static java.util.stream.Stream<String> databases() {
        return TestDatabases.kinds();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anEmptyDatabaseIsMigratedOnFirstUseAndAgainOnlyWhenSomethingIsNew(String kind) throws Exception {
        DatabaseSettings db = TestDatabases.fresh(kind);
        int applied;
        try (var desk = TestDatabases.desktop(db, "admin")) {
            assertEquals(List.of(new SchemaState("core", null, 3)), desk.store.info().schemas(), "info does not migrate");
            assertEquals(0, desk.clients.count());
            assertEquals(List.of(new SchemaState("core", "3", 0)), desk.store.info().schemas());
            assertEquals(0, TestDatabases.countRows(db, "conflict_case"));
            applied = TestDatabases.countRows(db, history("core"));
            desk.store.migrate();
            assertEquals(applied, TestDatabases.countRows(db, history("core")), "nothing re-applied");
            assertTrue(desk.store.info().product().toLowerCase().contains(kind.equals("h2") ? "h2" : "postgres"));
        }
        // a bundle installed later brings its own tables; core is left as it was
        try (var desk = TestDatabases.desktop(db, "admin", new CaseTagEntities())) {
            desk.store.migrate();
            assertEquals(List.of(new SchemaState("core", "3", 0), new SchemaState("test.case-tags", "1", 0)),
                    desk.store.info().schemas());
            assertEquals(0, TestDatabases.countRows(db, "case_tag"));
            assertEquals(applied, TestDatabases.countRows(db, history("core")), "core left as it was");
        }
    }

    private static String history(String contribution) {
        return '"' + JpaStore.historyTable(contribution) + '"';
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anUnreachableDatabaseIsReportedWithItsUrl(String kind) {
        DatabaseSettings nowhere = kind.equals("h2")
                ? new DatabaseSettings("jdbc:h2:file:/proc/no-such-dir/parley;IFEXISTS=TRUE", "sa", "", "test")
                : new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/parley?connectTimeout=2", "parley", "secret", "test");
        try (var desk = TestDatabases.desktop(nowhere, "admin")) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> desk.store.info());
            assertTrue(e.getMessage().contains(nowhere.displayUrl()), e.getMessage());
        }
    }
}
