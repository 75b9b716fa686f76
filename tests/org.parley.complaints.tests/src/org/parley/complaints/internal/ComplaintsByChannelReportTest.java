package org.parley.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.complaints.ComplaintDraft;
import org.parley.complaints.ComplaintRecord;
import org.parley.core.model.CaseStatus;
import org.parley.core.model.Severity;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.InvalidInputException;
import org.parley.testing.TestDatabase;

/** The complaint log's report: complaints of a period per channel, with their cases closed and still open. */
class ComplaintsByChannelReportTest {

    static List<String> kinds() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void complaintsOfThePeriodAreCountedPerChannelWithTheirCases(String kind) {
        try (ComplaintDesk d = new ComplaintDesk(kind).as("agent")) {
            ComplaintRecord first = d.intake.take(new ComplaintDraft(0, new ClientDraft("Ana Rusu", "ro"), "email", null,
                    d.clock.now().minus(Duration.ofHours(2)), "Comanda a întârziat.", null, Severity.NORMAL, 0));
            d.intake.take(new ComplaintDraft(0, new ClientDraft("Ivan Petrov", "ru"), "email", null,
                    d.clock.now().minus(Duration.ofHours(1)), "Заказ не привезли.", null, Severity.NORMAL, 0));
            d.intake.take(new ComplaintDraft(0, new ClientDraft("Jan Nowak", "pl"), "phone", null,
                    d.clock.now().minus(Duration.ofMinutes(30)), "Zepsuty ekran.", null, Severity.HIGH, 0));
            // a month earlier: outside the period
            d.intake.take(new ComplaintDraft(0, new ClientDraft("Old Client", "en"), "sms", null,
                    d.clock.now().minus(Duration.ofDays(31)), "Late again.", null, Severity.LOW, 0));
            var c = d.s.cases().find(first.caseId()).orElseThrow();
            d.as("lead").s.cases().changeStatus(c.getId(), c.getVersion(), CaseStatus.CLOSED, "Settled on the phone");

            ComplaintsByChannelReport report = new ComplaintsByChannelReport(d.s.store(), d.channels);
            LocalDate day = LocalDate.ofInstant(d.clock.now(), ZoneId.systemDefault());
            List<List<String>> rows = report.rows(day.minusDays(1), day, Locale.ENGLISH);

            assertEquals(List.of(List.of("E-mail", "2", "2", "1", "1"), List.of("Phone call", "1", "1", "0", "1")), rows);
            assertEquals(List.of("Channel", "Complaints", "Cases", "Closed", "Still open"),
                    report.columns(Locale.ENGLISH));
            assertEquals("Reclamații pe canale", report.label(Locale.forLanguageTag("ro")));
            assertThrows(InvalidInputException.class, () -> report.rows(day, day.minusDays(1), Locale.ENGLISH),
                    "a period that ends before it starts");
        }
    }
}
