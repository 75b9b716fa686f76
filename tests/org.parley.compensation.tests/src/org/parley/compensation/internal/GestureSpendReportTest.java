package org.parley.compensation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.core.extension.Report;
import org.parley.core.service.InvalidInputException;
import org.parley.testing.TestDatabase;

/** The gesture spend by team as a {@link Report}: the spend report's team lines, as text cells, on a real database. */
class GestureSpendReportTest {

    static List<String> kinds() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theTeamsSpendOfThePeriodIsOneRowPerTeam(String kind) {
        try (GestureDesk d = new GestureDesk(kind)) {
            Report report = new GestureSpendReport(d.reports, d.catalogue);
            d.budget("north", "500");
            long caseId = d.newCase("Ivan Petrov", "ru");
            d.as("agent").propose(caseId, "goodwill-credit", "30");
            d.as("south").propose(d.newCase("Olga Rusu", "ro"), "goodwill-credit", "20");
            d.as("agent").propose(caseId, "refund", "120"); // waits for a supervisor

            assertEquals("gesture-spend-by-team", report.id());
            assertEquals("Gesture spend by team", report.label(Locale.ENGLISH));
            assertEquals("Расходы на компенсации по командам", report.label(Locale.forLanguageTag("ru")));
            List<String> columns = report.columns(Locale.ENGLISH);
            assertEquals(List.of("Team", "Gestures", "Spent", "Budget", "Awaiting approval",
                    "Awaiting approval, amount", "Currency"), columns);

            List<List<String>> rows = report.rows(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), Locale.ENGLISH);
            rows.forEach(r -> assertEquals(columns.size(), r.size(), r.toString()));
            assertTrue(rows.contains(List.of("north", "1", "30", "500", "1", "122", "EUR")), rows.toString());
            assertTrue(rows.stream().anyMatch(r -> r.subList(0, 5).equals(List.of("south", "1", "20", "", "0"))),
                    rows.toString());

            assertEquals(List.of(), report.rows(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), Locale.ENGLISH),
                    "nothing was proposed in February");
            InvalidInputException backwards = assertThrows(InvalidInputException.class,
                    () -> report.rows(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 1), Locale.ENGLISH));
            assertEquals("to", backwards.field());
        }
    }
}
