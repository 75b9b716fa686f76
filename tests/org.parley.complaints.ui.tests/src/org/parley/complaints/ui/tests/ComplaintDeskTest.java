package org.parley.complaints.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.app.tests.TestWorkbench;
import org.parley.app.tests.Widgets;
import org.parley.complaints.ChannelRegistry;
import org.parley.complaints.ComplaintBook;
import org.parley.complaints.ComplaintRecord;
import org.parley.complaints.ComplaintService;
import org.parley.complaints.DeadlineService;
import org.parley.complaints.EscalationService;
import org.parley.complaints.InvestigationDraft;
import org.parley.complaints.InvestigationService;
import org.parley.complaints.LessonService;
import org.parley.complaints.ResolutionService;
import org.parley.complaints.ui.internal.ComplaintBookPart;
import org.parley.complaints.ui.internal.MyDayPart;
import org.parley.complaints.ui.internal.ProactiveCaseDialog;
import org.parley.complaints.ui.internal.ProactiveCaseHandler;
import org.parley.complaints.ui.internal.TakeComplaintDialog;
import org.parley.complaints.ui.internal.TakeComplaintHandler;
import org.parley.core.model.CaseStatus;
import org.parley.core.service.Session;
import org.parley.ui.workbench.SignedIn;

/**
 * An agent takes a WhatsApp complaint through the intake dialog with the keyboard, sees its acknowledgement
 * deadline in My day and the complaint in the complaint book; the same words again are offered as a duplicate;
 * then the case is investigated and closed from its editor with a message in the client's language.
 */
class ComplaintDeskTest {

    private static final String WORDS = "Comanda mea a întârziat de două ori.\nNimeni nu m-a sunat înapoi!";

    private static TestWorkbench bench;

    @BeforeAll
    static void services() throws Exception {
        bench = TestWorkbench.get();
        for (Class<?> type : new Class<?>[] { ComplaintService.class, ChannelRegistry.class, DeadlineService.class,
                EscalationService.class, ComplaintBook.class, InvestigationService.class, LessonService.class,
                ResolutionService.class }) {
            put(bench.context, type);
        }
        bench.context.set(SignedIn.LOGIN, TestWorkbench.osgiService(Session.class).login());
    }

    @SuppressWarnings("unchecked")
    private static <T> void put(IEclipseContext context, Class<T> type) throws InterruptedException {
        context.set(type, TestWorkbench.osgiService(type));
    }

    private static void click(Button b) {
        b.notifyListeners(SWT.Selection, new Event());
    }

    private static void type(Text field, String text) {
        field.setFocus();
        field.setText(text);
    }

    private TakeComplaintDialog openIntake() {
        TakeComplaintDialog dialog = TakeComplaintHandler.dialog(new Shell(bench.display), bench.context.get(
                ComplaintService.class), bench.clients, bench.context.get(ChannelRegistry.class),
                bench.context.get(EscalationService.class), bench);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    /** The new client's language: the combo lists Parley's languages in their order. */
    private static void language(TakeComplaintDialog dialog, String code) {
        org.eclipse.swt.widgets.Combo combo = dialog.clientPicker().language();
        combo.select(org.parley.core.model.Language.ofCode(code).ordinal());
        combo.notifyListeners(SWT.Selection, new Event());
    }

    private static void choose(org.eclipse.swt.widgets.Combo combo, String label) {
        int i = combo.indexOf(label);
        assertTrue(i >= 0, label + " not in " + String.join(", ", combo.getItems()));
        combo.select(i);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    @Test
    void anAgentTakesAWhatsAppComplaintAndFindsItInMyDayAndTheBook() throws Exception {
        TakeComplaintDialog dialog = openIntake();
        type(dialog.clientPicker().text(), "Ana Rusu-Ciobanu");
        bench.waitUntil("the new client is offered", 20, () -> dialog.clientPicker().list().getItemCount() == 1);
        language(dialog, "ro");
        choose(dialog.channelField(), "WhatsApp");
        type(dialog.referenceField(), "call me back");
        type(dialog.wordsField(), WORDS);
        click(dialog.okButton());
        bench.waitUntil("a bad reference is refused in the dialog", 20,
                () -> dialog.getShell() != null && dialog.getShell().isVisible() && dialog.getErrorMessage() != null);
        assertTrue(dialog.getErrorMessage().contains("phone number"), dialog.getErrorMessage());
        assertEquals(WORDS, dialog.wordsField().getText(), "nothing the agent typed is lost");
        type(dialog.referenceField(), "+373 69 000 111");
        bench.screenshot(dialog.getShell(), "intake-dialog.png");
        click(dialog.okButton());
        bench.waitUntil("the complaint is taken", 30, () -> dialog.result() != null);
        ComplaintRecord taken = dialog.result();
        assertEquals(WORDS, taken.clientWords());
        assertEquals("whatsapp", taken.channel());
        DeadlineService deadlines = bench.context.get(DeadlineService.class);
        bench.waitUntil("the deadlines follow the new case", 30, () -> !deadlines.deadlinesOf(taken.caseId()).isEmpty());

        Shell dayShell = bench.shell("My day", 40, 40, 1100, 420);
        MyDayPart day = bench.part(MyDayPart.class, dayShell);
        bench.waitUntil("My day shows the acknowledgement", 30,
                () -> day.lineTexts().stream().anyMatch(l -> l.contains("Acknowledge") && l.contains(taken.caseNumber())));
        bench.screenshot(dayShell, "my-day.png");

        Shell bookShell = bench.shell("Complaint book", 40, 40, 1500, 520);
        ComplaintBookPart book = bench.part(ComplaintBookPart.class, bookShell);
        bench.waitUntil("the book lists the complaint", 30, () -> book.table().getItemCount() >= 1
                && book.table().getItem(book.table().getItemCount() - 1).getText(3).equals(taken.caseNumber()));
        bench.screenshot(bookShell, "complaint-book.png");
        Path csv = Files.createTempFile("book", ".csv");
        book.export(csv, false).join();
        assertTrue(Files.readString(csv).contains(taken.caseNumber()));

        // the same words again from the same client: offered as a duplicate, added to the case when chosen
        TakeComplaintDialog again = openIntake();
        type(again.clientPicker().text(), "Ana Rusu-Ciobanu");
        bench.waitUntil("the client is found", 20, () -> again.clientPicker().list().getItemCount() == 2);
        again.clientPicker().list().select(0);
        again.clientPicker().list().notifyListeners(SWT.Selection, new Event());
        choose(again.channelField(), "WhatsApp");
        type(again.wordsField(), WORDS + " ");
        AtomicReference<String> offered = new AtomicReference<>();
        bench.display.timerExec(500, new Runnable() {
            @Override
            public void run() {
                Shell question = find("Likely duplicate");
                if (question == null) {
                    bench.display.timerExec(200, this);
                    return;
                }
                offered.set(String.join("|", Widgets.labelTexts(question)));
                try {
                    bench.screenshot(question, "duplicate-offer.png");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                click(Widgets.button(question, "Add to " + taken.caseNumber()));
            }
        });
        click(again.okButton());
        bench.waitUntil("the repeat joins the case", 30, () -> again.result() != null);
        assertEquals(taken.caseId(), again.result().caseId());
        assertTrue(offered.get() != null && offered.get().contains(taken.caseNumber()), String.valueOf(offered.get()));
        dayShell.dispose();
        bookShell.dispose();
    }

    @Test
    void theCompanyOpensCasesForAffectedClientsBeforeTheyComplain() throws Exception {
        bench.clients.create(new org.parley.core.service.ClientDraft("Proactive Client One", "ru"));
        bench.clients.create(new org.parley.core.service.ClientDraft("Proactive Client Two", "pl"));
        ProactiveCaseDialog dialog = ProactiveCaseHandler.dialog(new Shell(bench.display),
                bench.context.get(ComplaintService.class), bench.clients, bench.context.get(ChannelRegistry.class));
        dialog.setBlockOnOpen(false);
        dialog.open();
        type(dialog.searchField(), "Proactive Client");
        bench.waitUntil("both clients are found", 20, () -> dialog.foundClients().getItemCount() == 2);
        for (org.eclipse.swt.widgets.TableItem item : dialog.foundClients().getItems()) {
            item.setChecked(true);
            Event e = new Event();
            e.detail = SWT.CHECK;
            e.item = item;
            dialog.foundClients().notifyListeners(SWT.Selection, e);
        }
        click(dialog.okButton());
        bench.waitUntil("a missing title is refused", 20, () -> dialog.getErrorMessage() != null);
        type(dialog.titleField(), "Deliveries of 20-22 November delayed by the warehouse flood");
        bench.screenshot(dialog.getShell(), "proactive-cases.png");
        AtomicReference<Shell> done = new AtomicReference<>();
        bench.display.timerExec(300, new Runnable() {
            @Override
            public void run() {
                Shell info = find("Proactive cases");
                if (info == null || info == dialog.getShell()) {
                    bench.display.timerExec(200, this);
                    return;
                }
                done.set(info);
                info.close();
            }
        });
        click(dialog.okButton());
        bench.waitUntil("two cases are opened", 30, () -> dialog.result() != null && done.get() != null);
        assertEquals(2, dialog.result().size());
        for (long id : dialog.result()) {
            assertEquals(1, bench.cases.commitments(id).size(), "each with the promise to tell the client");
        }
    }

    @Test
    void aCaseIsInvestigatedAndClosedFromItsEditorWithAMessageInTheClientsLanguage() throws Exception {
        TakeComplaintDialog dialog = openIntake();
        type(dialog.clientPicker().text(), "Jan Kowalski-Nowak");
        bench.waitUntil("the new client is offered", 20, () -> dialog.clientPicker().list().getItemCount() == 1);
        language(dialog, "pl");
        choose(dialog.channelField(), "E-mail");
        type(dialog.referenceField(), "jan@example.pl");
        type(dialog.wordsField(), "Paczka przyszła uszkodzona, a nikt nie odpowiada na maile.");
        click(dialog.okButton());
        bench.waitUntil("the complaint is taken", 30, () -> dialog.result() != null);
        long caseId = dialog.result().caseId();
        bench.waitUntil("the editor has read the case", 30, () -> bench.editors.containsKey(caseId)
                && bench.editors.get(caseId).isLoaded());
        Shell shell = bench.editorShells.get(caseId);
        bench.tab(shell, "Complaint");
        bench.settle(1500);

        bench.tab(shell, "Investigation");
        // the page fills its fields when its first read is done: type after that
        bench.waitUntil("the investigation page is read", 20, () -> {
            org.eclipse.swt.widgets.Combo cause = Widgets.find(Widgets.find(shell, CTabFolder.class).getSelection()
                    .getControl(), org.eclipse.swt.widgets.Combo.class);
            return cause != null && cause.getItemCount() > 1;
        });
        Text facts = text(shell, 0);
        type(facts, "The courier's scan shows the parcel dropped at the depot on 3 March.");
        type(text(shell, 1), "Angry that nobody answered three e-mails.");
        click(Widgets.button(shell, "Save"));
        InvestigationService investigations = bench.context.get(InvestigationService.class);
        bench.waitUntil("the facts are stored", 20, () -> investigations.of(caseId).isPresent());
        long version = investigations.of(caseId).orElseThrow().version();
        investigations.save(caseId, version, new InvestigationDraft(investigations.of(caseId).orElseThrow().facts(),
                investigations.of(caseId).orElseThrow().clientEmotions(), "late-delivery", "Courier hand-over"));
        investigations.addEvidence(caseId, "Courier scan log", "SCAN-0303-17");
        investigations.close(caseId, investigations.of(caseId).orElseThrow().version(), "The parcel was damaged at the depot");
        bench.editors.get(caseId).reload();
        bench.settle(1500);

        bench.tab(shell, "Resolution");
        bench.settle(500);
        Text remedy = text(shell, 0);
        type(remedy, "A new parcel sent by express, at our cost");
        type(text(shell, 1), "It arrives within two working days; no action needed");
        click(Widgets.button(shell, "Draft message"));
        Text message = (Text) Widgets.all(shell).stream().filter(c -> c instanceof Text t && t.isVisible()
                && (t.getStyle() & SWT.MULTI) != 0).reduce((a, b) -> b).orElseThrow();
        bench.waitUntil("the message is drafted", 20, () -> !message.getText().isBlank());
        assertTrue(message.getText().startsWith("Szanowna"), "drafted in Polish: " + message.getText());
        // the tone check reads along as the agent edits the letter, in the client's language
        String drafted = message.getText();
        message.setText(drafted + "\n\nTo nie nasza wina, że kurier się spóźnił.");
        bench.waitUntil("the excuse is flagged under the message", 10, () -> Widgets.labelTexts(shell).stream()
                .anyMatch(t -> t.contains("To nie nasza wina")));
        bench.scrollToEnd(shell);
        bench.screenshot(shell, "tone-check.png");
        message.setText(drafted);
        bench.waitUntil("the flag goes with the phrase", 10, () -> Widgets.labelTexts(shell).stream()
                .noneMatch(t -> t.contains("To nie nasza wina")));
        click(Widgets.button(shell, "Close case"));
        bench.waitUntil("the case is closed", 20,
                () -> bench.cases.find(caseId).orElseThrow().getStatus() == CaseStatus.CLOSED);
    }

    private static Shell find(String title) {
        for (Shell s : bench.display.getShells()) {
            if (!s.isDisposed() && title.equals(s.getText()) && s.isVisible()) {
                return s;
            }
        }
        return null;
    }

    /** The n-th visible, enabled text field of the selected tab. */
    private static Text text(Shell shell, int n) {
        CTabFolder folder = Widgets.find(shell, CTabFolder.class);
        Control page = folder.getSelection().getControl();
        return Widgets.all(page).stream().filter(c -> c instanceof Text t && t.isVisible() && t.isEnabled())
                .map(Text.class::cast).skip(n).findFirst().orElseThrow();
    }
}
