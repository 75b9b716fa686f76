package org.parley.complaints.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.app.tests.TestWorkbench;
import org.parley.app.tests.Widgets;
import org.parley.complaints.ActionStatus;
import org.parley.complaints.ChannelRegistry;
import org.parley.complaints.ComplaintBook;
import org.parley.complaints.ComplaintDraft;
import org.parley.complaints.ComplaintService;
import org.parley.complaints.DeadlinePolicy;
import org.parley.complaints.DeadlineService;
import org.parley.complaints.EscalationService;
import org.parley.complaints.Investigation;
import org.parley.complaints.InvestigationService;
import org.parley.complaints.LessonDraft;
import org.parley.complaints.LessonService;
import org.parley.complaints.ResolutionService;
import org.parley.complaints.Transfer;
import org.parley.complaints.ui.internal.lessons.LessonsPart;
import org.parley.complaints.ui.internal.settings.SettingsDialog;
import org.parley.core.model.Case;
import org.parley.core.model.CaseStatus;
import org.parley.core.model.Commitment;
import org.parley.core.model.CommitmentKind;
import org.parley.core.model.Role;
import org.parley.core.model.Severity;
import org.parley.core.service.CaseService;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.Clock;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.Session;
import org.parley.core.service.UserDraft;
import org.parley.core.service.UserService;
import org.parley.ui.workbench.SignedIn;

/**
 * The steps a supervisor takes on a complaint case from its editor's pages, driven through the widgets: escalating
 * with an owner at the next level, investigating (no verdict on staff before the investigation is closed with
 * evidence), closing with a drafted message in the client's language; and an administrator changing a deadline
 * policy in the complaint settings, which a non-admin only reads.
 */
class CaseComplaintStepsTest {

    private static TestWorkbench bench;
    private static UserService users;

    @BeforeAll
    static void services() throws Exception {
        bench = TestWorkbench.get();
        for (Class<?> type : new Class<?>[] { ComplaintService.class, ChannelRegistry.class, DeadlineService.class,
                EscalationService.class, ComplaintBook.class, InvestigationService.class, LessonService.class,
                ResolutionService.class, UserService.class }) {
            put(bench.context, type);
        }
        users = bench.context.get(UserService.class);
        bench.context.set(SignedIn.LOGIN, TestWorkbench.osgiService(Session.class).login());
    }

    private static <T> void put(IEclipseContext context, Class<T> type) throws InterruptedException {
        context.set(type, TestWorkbench.osgiService(type));
    }

    private static <T> T service(Class<T> type) {
        return bench.context.get(type);
    }

    private static String user(String login, String name, Role role, int level, boolean trained) {
        if (users.find(login).isEmpty()) {
            users.create(new UserDraft(login, name, role, level, trained));
        }
        return login;
    }

    /** A complaint from a new client, taken at the front line: the case is handled one level above. */
    private static long complaint(String client, String language, String channel, String reference, String words) {
        Clock clock = bench.context.get(Clock.class);
        long caseId = service(ComplaintService.class).take(new ComplaintDraft(0, new ClientDraft(client, language), channel,
                reference, clock.now().minusSeconds(1800), words, null, Severity.HIGH, 0)).caseId();
        // the deadlines follow the new case in the background (an event after commit): wait for them as a user would
        org.parley.complaints.DeadlineService deadlines = service(org.parley.complaints.DeadlineService.class);
        bench.waitUntil("the deadlines follow the new case", 30, () -> !deadlines.deadlinesOf(caseId).isEmpty());
        return caseId;
    }

    private static void click(Button b) {
        assertNotNull(b, "button");
        b.notifyListeners(SWT.Selection, new Event());
    }

    private static void type(Text field, String text) {
        field.setFocus();
        field.setText(text);
    }

    private static void choose(Combo combo, String containing) {
        for (int i = 0; i < combo.getItemCount(); i++) {
            if (combo.getItem(i).contains(containing)) {
                combo.select(i);
                combo.notifyListeners(SWT.Selection, new Event());
                return;
            }
        }
        throw new AssertionError(containing + " not in " + String.join(", ", combo.getItems()));
    }

    /** Answers the modal dialog titled {@code title} once it shows (it runs its own event loop). */
    private static void whenShown(String title, Consumer<Shell> answer) {
        bench.display.timerExec(300, new Runnable() {
            @Override
            public void run() {
                Shell dialog = find(title);
                if (dialog == null) {
                    bench.display.timerExec(150, this);
                    return;
                }
                answer.accept(dialog);
            }
        });
    }

    private static Shell find(String title) {
        for (Shell s : bench.display.getShells()) {
            if (!s.isDisposed() && title.equals(s.getText()) && s.isVisible()) {
                return s;
            }
        }
        return null;
    }

    /** The reason dialog (or an input dialog): writes into its first text field and presses OK. */
    private static void write(Shell dialog, String text) {
        Text field = (Text) Widgets.all(dialog).stream().filter(Text.class::isInstance).findFirst().orElseThrow();
        field.setText(text);
        click(Widgets.button(dialog, "OK"));
    }

    private static List<Table> tables(Control page) {
        return Widgets.all(page).stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    private static Text text(Control page, int n) {
        return Widgets.all(page).stream().filter(c -> c instanceof Text t && t.isVisible() && t.isEnabled())
                .map(Text.class::cast).skip(n).findFirst().orElseThrow();
    }

    private static Button button(Control page, String label) {
        return Widgets.button(page, label);
    }

    @Test
    void aSupervisorEscalatesToANamedOwnerSeesTheTransferAndPromisesCallBacks() throws Exception {
        String head = user("dana.ionescu", "Dana Ionescu", Role.DEPARTMENT_HEAD, 2, true);
        long caseId = complaint("Marina Ceban", "ro", "phone", "+373 22 000 444",
                "Am sunat de trei ori și nimeni nu mi-a spus când vine tehnicianul.");
        Shell shell = bench.editor(caseId);
        Control page = bench.tab(shell, "Complaint");
        bench.waitUntil("the complaint is listed", 20, () -> tables(page).get(0).getItemCount() == 1);
        assertTrue(tables(page).get(0).getItem(0).getText(3).startsWith("Am sunat de trei ori"),
                "the client's words verbatim");
        assertTrue(tables(page).get(1).getItemCount() >= 1, "the deadlines are shown");

        whenShown("Escalate...", dialog -> {
            Combo owner = Widgets.find(dialog, Combo.class);
            assertEquals("(unassigned, or as the escalation policy decides)", owner.getItem(0));
            choose(owner, head);
            Button ok = Widgets.button(dialog, "OK");
            assertFalse(ok.isEnabled(), "no escalation without a reason");
            write(dialog, "The client called three times; the team lead could not promise a date.");
        });
        click(button(page, "Escalate..."));
        Table transfers = tables(page).get(2);
        bench.waitUntil("the transfer is listed", 30, () -> transfers.getItemCount() == 1);
        assertEquals("Team lead \u2192 Department head", transfers.getItem(0).getText(1));
        assertEquals(head, transfers.getItem(0).getText(2));
        assertTrue(transfers.getItem(0).getText(4).startsWith("The client called three times"));
        Case escalated = bench.cases.find(caseId).orElseThrow();
        assertEquals(2, escalated.getLevelHandling());
        List<Transfer> stored = service(EscalationService.class).transfers(caseId);
        assertEquals(head, stored.get(0).toOwner());
        Label levels = (Label) Widgets.all(page).stream().filter(Label.class::isInstance)
                .filter(l -> ((Label) l).getText().startsWith("Arose at")).findFirst().orElseThrow();
        bench.waitUntil("the levels follow", 20, () -> levels.getText().contains("Handled at: Department head"));
        bench.scrollToEnd(shell);
        bench.screenshot(shell, "case-complaint-page.png");

        // "I will call you back within 3 working hours", then a second promise at the moment the client chose
        Clock clock = bench.context.get(Clock.class);
        java.time.Instant asked = clock.now();
        whenShown("Promise a call-back...", dialog -> {
            Widgets.find(dialog, org.eclipse.swt.widgets.Spinner.class).setSelection(3);
            write(dialog, "I will call you back with the technician's date");
        });
        click(button(page, "Promise a call-back..."));
        CaseService cases = bench.cases;
        bench.waitUntil("the promise is recorded", 20, () -> cases.commitments(caseId).size() == 1);
        Commitment within = cases.commitments(caseId).get(0);
        assertEquals(CommitmentKind.CALL_BACK, within.getKind());
        java.time.Instant expected = service(DeadlineService.class).addBusinessTime(asked, java.time.Duration.ofHours(3));
        assertTrue(Math.abs(java.time.Duration.between(expected, within.getDueAt()).toMinutes()) <= 1,
                "due " + within.getDueAt() + ", expected about " + expected);

        java.time.ZonedDateTime chosen = java.time.ZonedDateTime.now().plusDays(2).withHour(10).withMinute(30)
                .withSecond(0).withNano(0);
        whenShown("Promise a call-back...", dialog -> {
            List<Button> radios = Widgets.all(dialog).stream().filter(c -> c instanceof Button b
                    && (b.getStyle() & SWT.RADIO) != 0).map(Button.class::cast).toList();
            radios.get(0).setSelection(false);
            radios.get(1).setSelection(true);
            radios.get(1).notifyListeners(SWT.Selection, new Event());
            List<DateTime> moment = Widgets.all(dialog).stream().filter(DateTime.class::isInstance)
                    .map(DateTime.class::cast).toList();
            moment.get(0).setDate(chosen.getYear(), chosen.getMonthValue() - 1, chosen.getDayOfMonth());
            moment.get(1).setTime(10, 30, 0);
            Text reason = (Text) Widgets.all(dialog).stream().filter(Text.class::isInstance).findFirst().orElseThrow();
            reason.setText("Call on Thursday at 10:30, as the client asked");
            try {
                bench.screenshot(dialog, "promise-call-back.png");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            click(Widgets.button(dialog, "OK"));
        });
        click(button(page, "Promise a call-back..."));
        bench.waitUntil("the second promise is recorded", 20, () -> cases.commitments(caseId).size() == 2);
        assertTrue(cases.commitments(caseId).stream().anyMatch(c -> c.getDueAt().equals(chosen.toInstant())),
                "a promise due at " + chosen);
        shell.dispose();
    }

    @Test
    void noStaffMemberIsFoundAtFaultBeforeTheInvestigationIsClosedWithEvidence() throws Exception {
        String courier = user("oleg.rusu", "Oleg Rusu", Role.AGENT, 0, false);
        long caseId = complaint("Ilona Wiśniewska", "pl", "email", "ilona@example.pl",
                "Kurier rzucił paczkę pod drzwi i odjechał. Telewizor ma pęknięty ekran!");
        Shell shell = bench.editor(caseId);
        Control page = bench.tab(shell, "Investigation");
        bench.waitUntil("the investigation page is read", 20, () -> ((Combo) Widgets.find(page, Combo.class))
                .getItemCount() > 1);
        type(text(page, 0), "The driver's tablet shows a delivery at 14:02 without a signature; photo of the door.");
        type(text(page, 1), "Furious, feels ignored; threatens a public review.");
        choose(Widgets.find(page, Combo.class), "Staff behaviour");
        type(text(page, 2), "Hand-over at the door");
        click(button(page, "Save"));
        InvestigationService investigations = service(InvestigationService.class);
        bench.waitUntil("the investigation is stored", 20, () -> investigations.of(caseId).isPresent());
        Investigation started = investigations.of(caseId).orElseThrow();
        assertEquals("Furious, feels ignored; threatens a public review.", started.clientEmotions(),
                "emotions kept apart from the facts");
        assertTrue(started.facts().startsWith("The driver's tablet"));

        whenShown("Involve staff...", dialog -> {
            choose(Widgets.find(dialog, Combo.class), courier);
            write(dialog, "Delivery to the door");
        });
        click(button(page, "Involve staff..."));
        Table staff = tables(page).get(1);
        bench.waitUntil("the courier is involved", 20, () -> staff.getItemCount() == 1);
        staff.select(0);
        staff.notifyListeners(SWT.Selection, new Event());
        Button atFault = button(page, "At fault...");
        assertFalse(atFault.isEnabled(), "no verdict while the investigation is open");
        assertEquals("Only after the investigation is closed with evidence", atFault.getToolTipText());
        assertTrue(Widgets.labelTexts(page).contains("Only after the investigation is closed with evidence"));
        try {
            investigations.judge(caseId, 0, true, "too early");
            throw new AssertionError("the service let a verdict through while the investigation is open");
        } catch (InvalidInputException refused) {
            assertEquals("atFault", refused.field());
        }

        whenShown("Add evidence...", dialog -> {
            write(dialog, "Driver's tablet log");
            whenShown("Add evidence...", where -> write(where, "TAB-1402"));
        });
        click(button(page, "Add evidence..."));
        bench.waitUntil("the evidence is listed", 20, () -> tables(page).get(0).getItemCount() == 1);
        assertEquals("TAB-1402", tables(page).get(0).getItem(0).getText(1));

        whenShown("Close investigation...", dialog -> write(dialog, "Left without a signature against the rules."));
        click(button(page, "Close investigation..."));
        bench.waitUntil("the investigation is closed", 20, () -> investigations.of(caseId).orElseThrow().isClosed());
        bench.waitUntil("the page shows it closed", 20, () -> !button(page, "Save").isEnabled());
        staff.select(0);
        staff.notifyListeners(SWT.Selection, new Event());
        assertTrue(atFault.isEnabled(), "a verdict once closed with evidence");
        whenShown("At fault...", dialog -> write(dialog, "Reminder of the hand-over rule; no penalty."));
        click(atFault);
        bench.waitUntil("the verdict is stored", 20, () -> investigations.of(caseId).orElseThrow().staff().get(0).atFault());
        bench.waitUntil("the verdict is shown", 20, () -> staff.getItemCount() == 1
                && staff.getItem(0).getText(2).contains("Reminder of the hand-over rule"));
        bench.scrollToEnd(shell);
        bench.screenshot(shell, "case-investigation-page.png");
        shell.dispose();
    }

    @Test
    void aCaseIsClosedFromTheResolutionPageWithAMessageInRomanian() throws Exception {
        long caseId = complaint("Ion Popescu", "ro", "email", "ion.popescu@example.ro",
                "Am primit o mașină de spălat cu ușa zgâriată și nimeni nu răspunde.");
        Shell shell = bench.editor(caseId);
        Control page = bench.tab(shell, "Resolution");
        bench.waitUntil("the resolution page is read", 20, () -> Widgets.labelTexts(page).stream()
                .anyMatch(l -> l.startsWith("Open")) || text(page, 0).isEnabled());
        type(text(page, 0), "A new door panel fitted at home by our technician");
        type(text(page, 1), "The technician calls you tomorrow to agree on a time; nothing to pay");
        type(text(page, 2), "Packing checklist now includes the door panel");
        click(button(page, "Draft message"));
        Text message = (Text) Widgets.all(page).stream().filter(c -> c instanceof Text t && t.isVisible()
                && (t.getStyle() & SWT.MULTI) != 0).reduce((a, b) -> b).orElseThrow();
        bench.waitUntil("the message is drafted", 20, () -> !message.getText().isBlank());
        assertTrue(message.getText().startsWith("Stimate/Stimată Ion Popescu"), message.getText());
        assertTrue(message.getText().contains("A new door panel fitted at home"), message.getText());
        message.setText(message.getText() + "\nCu respect, echipa de service");

        // a remedy rests on established facts: refused before the investigation is closed, nothing typed is lost
        click(button(page, "Close case"));
        bench.waitUntil("the refusal is shown on the page", 20, () -> Widgets.labelTexts(page).stream()
                .anyMatch(l -> l.toLowerCase().contains("investigat")));
        assertTrue(message.getText().endsWith("echipa de service"));
        assertEquals(CaseStatus.NEW, bench.cases.find(caseId).orElseThrow().getStatus());
        InvestigationService investigations = service(InvestigationService.class);
        investigations.save(caseId, 0, new org.parley.complaints.InvestigationDraft("The door was scratched in the"
                + " warehouse before packing.", "Disappointed, polite.", "product-quality", "Packing"));
        investigations.addEvidence(caseId, "Warehouse photo before packing", "WH-77");
        investigations.close(caseId, investigations.of(caseId).orElseThrow().version(), "Damaged in our warehouse");
        message.setText("");
        click(button(page, "Draft message"));
        bench.waitUntil("the message is drafted again", 20, () -> message.getText().startsWith("Stimate"));
        message.setText(message.getText() + "\nCu respect, echipa de service");
        bench.scrollToEnd(shell);
        bench.screenshot(shell, "case-resolution-page.png");

        click(button(page, "Close case"));
        bench.waitUntil("the case is closed", 20,
                () -> bench.cases.find(caseId).orElseThrow().getStatus() == CaseStatus.CLOSED);
        bench.waitUntil("the resolution is shown read-only", 20, () -> !message.isEnabled());
        String stored = service(ResolutionService.class).of(caseId).orElseThrow().closingMessage();
        assertTrue(stored.startsWith("Stimate/Stimată Ion Popescu") && stored.endsWith("echipa de service"), stored);
        assertTrue(Widgets.labelTexts(page).stream().anyMatch(l -> l.startsWith("Closed:") && l.contains("ro")),
                String.join("|", Widgets.labelTexts(page)));
        shell.dispose();
    }

    @Test
    void anAdminChangesADeadlinePolicyWhichANonAdminOnlyReads() throws Exception {
        DeadlineService deadlines = service(DeadlineService.class);
        String admin = bench.context.get(Session.class).login();
        SettingsDialog dialog = settings(admin);
        Table policies = dialog.policyTable();
        int before = policies.getItemCount();
        Composite tab = (Composite) dialog.tabs().getItem(0).getControl();
        Combo channel = (Combo) Widgets.all(tab).stream().filter(Combo.class::isInstance).findFirst().orElseThrow();
        channel.setText("viber");
        dialog.policyHours()[0].setSelection(3);
        dialog.policyHours()[1].setSelection(6);
        dialog.policyHours()[2].setSelection(40);
        click(Widgets.button(tab, "Add policy"));
        bench.waitUntil("the new policy is listed", 20, () -> policies.getItemCount() == before + 1);
        int row = -1;
        for (int i = 0; i < policies.getItemCount(); i++) {
            if (policies.getItem(i).getText(0).equals("viber")) {
                row = i;
            }
        }
        assertTrue(row >= 0, "viber policy listed");
        policies.select(row);
        policies.notifyListeners(SWT.Selection, new Event());
        assertEquals(3, dialog.policyHours()[0].getSelection(), "the selected policy fills the fields");
        dialog.policyHours()[0].setSelection(1);
        click(Widgets.button(tab, "Save changes to selected"));
        bench.waitUntil("the change is stored", 20, () -> deadlines.policies().stream()
                .anyMatch(p -> "viber".equals(p.channel()) && p.acknowledgeMinutes() == 60));
        bench.waitUntil("the table shows it", 20, () -> List.of(policies.getItems()).stream()
                .anyMatch(i -> i.getText(0).equals("viber") && i.getText(2).startsWith("1 ")));
        DeadlinePolicy viber = deadlines.policies().stream().filter(p -> "viber".equals(p.channel())).findFirst()
                .orElseThrow();
        assertEquals(6 * 60, viber.firstCallbackMinutes());
        assertEquals(before + 1, policies.getItemCount(), "changed, not added");

        // a refusal shows in the dialog and keeps the fields
        dialog.policyHours()[2].setSelection(2);
        click(Widgets.button(tab, "Save changes to selected"));
        bench.waitUntil("the refusal is shown", 20, () -> dialog.getErrorMessage() != null);
        assertEquals(2, dialog.policyHours()[2].getSelection());
        assertEquals(40 * 60, deadlines.policies().stream().filter(p -> "viber".equals(p.channel())).findFirst()
                .orElseThrow().resolveMinutes());
        dialog.policyHours()[2].setSelection(48);
        click(Widgets.button(tab, "Save changes to selected"));
        bench.waitUntil("the corrected change is stored", 20, () -> dialog.getErrorMessage() == null
                && deadlines.policies().stream().anyMatch(p -> "viber".equals(p.channel()) && p.resolveMinutes() == 48 * 60));
        bench.waitUntil("the table shows it", 20, () -> List.of(policies.getItems()).stream()
                .anyMatch(i -> i.getText(0).equals("viber") && i.getText(4).startsWith("48 ")));
        bench.screenshot(dialog.getShell(), "complaint-settings.png");

        // a holiday added to the working calendar
        Composite calendarTab = (Composite) dialog.tabs().getItem(1).getControl();
        DateTime day = Widgets.find(calendarTab, DateTime.class);
        day.setDate(2026, 11, 25);
        Text holidayName = Widgets.all(calendarTab).stream().filter(c -> c instanceof Text t
                && "Name".equals(t.getMessage())).map(Text.class::cast).findFirst().orElseThrow();
        holidayName.setText("Christmas");
        click(Widgets.button(calendarTab, "Add holiday"));
        assertEquals(1, List.of(dialog.holidayTable().getItems()).stream()
                .filter(i -> i.getText(0).equals("2026-12-25")).count());
        click(Widgets.button(calendarTab, "Save"));
        bench.waitUntil("the holiday is stored", 20, () -> "Christmas".equals(deadlines.calendar().holidays()
                .get(java.time.LocalDate.of(2026, 12, 25))));
        dialog.tabs().setSelection(1);
        bench.screenshot(dialog.getShell(), "complaint-settings-calendar.png");

        // a root cause retired, a new one added
        Composite causesTab = (Composite) dialog.tabs().getItem(3).getControl();
        Table causes = dialog.causeTable();
        for (org.eclipse.swt.widgets.TableItem item : causes.getItems()) {
            if (item.getText(0).equals("billing-error")) {
                item.setChecked(false);
            }
        }
        List<Text> causeFields = Widgets.all(causesTab).stream().filter(Text.class::isInstance).map(Text.class::cast)
                .toList();
        causeFields.get(0).setText("packaging");
        causeFields.get(1).setText("Packaging damage");
        click(Widgets.button(causesTab, "Add or rename"));
        click(Widgets.button(causesTab, "Save"));
        InvestigationService investigations = service(InvestigationService.class);
        bench.waitUntil("the categories are stored", 20, () -> investigations.rootCauses().stream()
                .anyMatch(r -> r.code().equals("packaging") && r.active()));
        assertFalse(investigations.rootCauses().stream().filter(r -> r.code().equals("billing-error")).findFirst()
                .orElseThrow().active(), "billing-error retired");
        dialog.tabs().setSelection(3);
        bench.screenshot(dialog.getShell(), "complaint-settings-causes.png");
        dialog.close();

        String agent = user("vera.agent", "Vera Agent", Role.AGENT, 0, false);
        SettingsDialog readOnly = settings(agent);
        Composite first = (Composite) readOnly.tabs().getItem(0).getControl();
        assertFalse(Widgets.button(first, "Add policy").isEnabled());
        assertFalse(Widgets.button(first, "Save changes to selected").isEnabled());
        assertTrue(readOnly.getMessage().startsWith("Only administrators"), readOnly.getMessage());
        readOnly.close();
    }

    private SettingsDialog settings(String login) {
        SettingsDialog.Settings read = SettingsDialog.read(service(DeadlineService.class), service(EscalationService.class),
                service(InvestigationService.class), service(ResolutionService.class), users, login);
        SettingsDialog dialog = new SettingsDialog(new Shell(bench.display), service(DeadlineService.class),
                service(EscalationService.class), service(InvestigationService.class), service(ResolutionService.class),
                read);
        dialog.setBlockOnOpen(false);
        dialog.open();
        bench.settle(300);
        return dialog;
    }

    @Test
    void theLessonsRegisterShowsLessonsWithTheirTrend() throws Exception {
        LessonService lessons = service(LessonService.class);
        String owner = user("dana.ionescu", "Dana Ionescu", Role.DEPARTMENT_HEAD, 2, true);
        String cause = service(InvestigationService.class).rootCauses().get(0).code();
        lessons.create(new LessonDraft(cause, "Call back the same day when a delivery slips", owner,
                "Dispatch texts the client a new date before noon; team leads check the list at 15:00",
                ActionStatus.values()[1]));
        Shell shell = bench.shell("Lessons register", 40, 40, 1200, 560);
        IEclipseContext partContext = bench.context.createChild("lessons");
        Composite parent = new Composite(shell, SWT.NONE);
        partContext.set(Composite.class, parent);
        LessonsPart part = ContextInjectionFactory.make(LessonsPart.class, partContext);
        shell.open();
        bench.waitUntil("the register lists the lesson", 20, () -> List.of(part.register().getItems()).stream()
                .anyMatch(i -> i.getText(0).equals("Call back the same day when a delivery slips")));
        bench.screenshot(shell, "lessons-register.png");
        shell.dispose();
    }
}
