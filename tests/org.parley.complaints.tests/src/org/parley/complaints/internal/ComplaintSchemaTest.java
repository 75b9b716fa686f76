package org.parley.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.core.service.Store;
import org.parley.store.standalone.StandaloneStore;
import org.parley.testing.MovableClock;
import org.parley.testing.TestDatabase;

class ComplaintSchemaTest {

    static List<String> kinds() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theComplaintLogMigratesAfterTheCoreSchemaOnAnEmptyDatabase(String kind) {
        try (StandaloneStore s = TestDatabase.fresh(kind).open(new MovableClock(), () -> "anna",
                new ComplaintEntities())) {
            s.store().migrate();
            Store.DatabaseInfo info = s.store().info();
            Store.SchemaState complaints = info.schemas().stream()
                    .filter(x -> x.contribution().equals("complaints")).findFirst().orElseThrow();
            assertEquals(0, complaints.pending());
            long tables = s.store().jdbc(c -> {
                try (var rs = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM complaint c JOIN conflict_case k ON k.id = c.case_id")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(0, tables);
        }
    }
}
