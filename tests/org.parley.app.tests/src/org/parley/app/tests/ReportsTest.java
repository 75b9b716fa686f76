package org.parley.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;
import org.parley.app.internal.parts.ReportsPart;
import org.parley.core.extension.Report;
import org.parley.core.model.Client;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.CaseQuery;
import org.parley.core.service.CaseRow;
import org.parley.core.service.CaseService;
import org.parley.core.service.ClientDraft;
import org.parley.ui.api.CaseText;

/**
 * The Reports view offers the reports registered as services while they are registered, refuses a period that
 * runs backwards, runs a report on the database in the background, shows its rows and exports them as CSV.
 */
class ReportsTest {

    /** A report as a plug-in would write it: the cases opened in the period, by channel and status. */
    static final class CasesByChannel implements Report {

        private final CaseService cases;

        CasesByChannel(CaseService cases) {
            this.cases = cases;
        }

        @Override
        public String id() {
            return "test-cases-by-channel";
        }

        @Override
        public String label(Locale locale) {
            return "Cases by channel and status";
        }

        @Override
        public List<String> columns(Locale locale) {
            return List.of("Channel", "Status", "Cases");
        }

        @Override
        public List<List<String>> rows(LocalDate from, LocalDate to, Locale locale) {
            Report.checkPeriod(from, to);
            Map<List<String>, Integer> counts = new TreeMap<>((a, b) -> String.join("/", a).compareTo(String.join("/",
                    b)));
            for (CaseRow r : cases.list(CaseQuery.all(), 0, 10_000)) {
                LocalDate day = r.openedAt().atZone(ZoneId.systemDefault()).toLocalDate();
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    counts.merge(List.of(CaseText.channel(r.channel(), locale), CaseText.status(r.status(), locale)), 1,
                            Integer::sum);
                }
            }
            List<List<String>> rows = new ArrayList<>();
            counts.forEach((k, n) -> rows.add(List.of(k.get(0), k.get(1), Integer.toString(n))));
            return rows;
        }
    }

    /** Sets the date as the user does: the field changes and says so. */
    private static void set(DateTime field, LocalDate day) {
        field.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
        field.notifyListeners(SWT.Selection, new Event());
    }

    @Test
    void aRegisteredReportIsRunOverAPeriodShownAndExported() throws Exception {
        TestWorkbench bench = TestWorkbench.get();
        Client client = bench.clients.create(new ClientDraft("Irina " + UUID.randomUUID().toString().substring(0, 4),
                "ru"));
        bench.cases.open(new CaseDraft(client.getId(), "Parcel never arrived", "phone"));
        bench.cases.open(new CaseDraft(client.getId(), "Refund not received", "email"));
        bench.cases.open(new CaseDraft(client.getId(), "Second call about the refund", "email"));

        Shell shell = bench.shell("Parley \u2014 reports", 0, 0, 900, 520);
        ReportsPart part = bench.part(ReportsPart.class, shell);
        bench.settle(200);
        assertEquals(0, part.choice().getItemCount(), "no report is registered yet");
        assertFalse(part.runButton().isEnabled());
        assertTrue(part.status().getText().startsWith("No report is installed"), part.status().getText());

        ServiceRegistration<Report> registration = TestWorkbench.bundleContext().registerService(Report.class,
                new CasesByChannel(bench.cases), null);
        try {
            bench.waitUntil("the registered report is offered", 10, () -> part.choice().getItemCount() == 1);
            assertEquals("Cases by channel and status", part.choice().getText());

            LocalDate first = LocalDate.now().withDayOfMonth(1);
            set(part.from(), first);
            set(part.to(), first.minusDays(1));
            assertFalse(part.runButton().isEnabled(), "a period that runs backwards cannot be run");
            assertTrue(part.status().getText().contains("before it starts"), part.status().getText());
            set(part.to(), first.plusMonths(1).minusDays(1));
            assertTrue(part.runButton().isEnabled(), part.status().getText());
            assertFalse(part.status().getText().contains("before it starts"), part.status().getText());

            bench.click(shell, "&Run");
            bench.waitUntil("the report ran", 30, () -> part.table().getItemCount() > 0
                    || Boolean.TRUE.equals(part.status().getData()));
            assertTrue(part.table().getItemCount() > 0, part.status().getText());
            assertEquals(List.of("Channel", "Status", "Cases"),
                    List.of(part.table().getColumn(0).getText(), part.table().getColumn(1).getText(),
                            part.table().getColumn(2).getText()));
            List<String> rows = new ArrayList<>();
            for (var item : part.table().getItems()) {
                rows.add(item.getText(0) + "|" + item.getText(1) + "|" + item.getText(2));
            }
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("E-mail|New|")), rows.toString());
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("Phone|New|")), rows.toString());
            assertTrue(part.status().getText().contains("rows"), part.status().getText());

            bench.screenshot(shell, "reports.png");

            Path file = Files.createTempDirectory("parley-reports-").resolve("cases.csv");
            part.export(file);
            List<String> csv = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertEquals("Channel,Status,Cases", csv.get(0));
            assertEquals(rows.size() + 1, csv.size(), csv.toString());
            assertTrue(part.status().getText().contains("exported to " + file), part.status().getText());
        } finally {
            registration.unregister();
        }
        bench.waitUntil("the unregistered report is no longer offered", 10,
                () -> part.choice().getItemCount() == 0);
        assertTrue(part.status().getText().contains("was removed"), part.status().getText());
        assertFalse(part.runButton().isEnabled());
        shell.dispose();
    }
}
