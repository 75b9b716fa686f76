package org.parley.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.parley.app.internal.handlers.NewCaseHandler;
import org.parley.app.internal.parts.CaseEditorPart;
import org.parley.app.internal.parts.CaseNavigatorPart;
import org.parley.app.internal.dialogs.CommitmentDialog;
import org.parley.app.internal.dialogs.InteractionDialog;
import org.parley.app.internal.dialogs.NewCaseDialog;
import org.parley.core.model.CaseStatus;
import org.parley.core.model.CommitmentState;
import org.parley.core.model.StandardChannel;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.CaseQuery;
import org.parley.core.service.ClientDraft;
import org.parley.ui.api.CaseText;

/**
 * Drives the workbench the way an agent does: a complaint comes in, is entered in the New case dialog, found
 * in the navigator, opened, acknowledged and given a promise that is already late, which must stand out.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseWorkbenchTest {

    private static TestWorkbench bench;
    private static Shell navigatorShell;
    private static CaseNavigatorPart navigator;

    @BeforeAll
    static void openWorkbench() throws Exception {
        bench = TestWorkbench.get();
        navigatorShell = bench.shell("Parley \u2014 case navigator", 0, 0, 1180, 640);
        navigator = bench.navigator(navigatorShell);
    }

    @AfterAll
    static void closeWorkbench() {
        for (Shell shell : bench.display.getShells()) {
            shell.dispose();
        }
    }

    @Test
    @Order(1)
    void complaintEnteredFoundOpenedAndLatePromiseStandsOut() throws Exception {
        // each run has a database of its own: these names are unique in it
        String title = "Sofa delivered two weeks late";
        String clientName = "Irina Petrova";

        // the navigator shows the list filtered by the new case's title: nothing yet
        navigator.filter().setText(title);
        bench.waitUntil("the navigator shows no case for the filter", 20,
                () -> navigator.table().getItemCount() == 0 && navigator.countLabel().getText().contains("No cases"));

        // File > New case: the client is new, found-or-created as typed
        NewCaseDialog dialog = NewCaseHandler.dialog(navigatorShell, bench.cases, bench.clients, bench.store, bench,
                bench.session.login());
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.clientField().setText(clientName);
        bench.waitUntil("the dialog offers to create the new client", 20,
                () -> dialog.clientMatches().getSelectionCount() == 1
                        && dialog.clientMatches().getSelection()[0].contains(clientName));
        dialog.titleField().setText(title);
        dialog.channelField().select(StandardChannel.VIBER.ordinal());
        dialog.descriptionField().setText("The client wrote on Viber: the sofa ordered for the 3rd arrived on the "
                + "17th, the courier was rude. She wants the delivery fee back.");
        Path dialogShot = bench.screenshot(dialog.getShell(), "new-case-dialog.png");
        assertTrue(Files.size(dialogShot) > 0);
        press(dialog.okButton());
        bench.waitUntil("the new case is stored and the dialog closes", 30, () -> dialog.getShell() == null);
        assertEquals(Window.OK, dialog.getReturnCode());
        long caseId = dialog.result().getId();
        assertEquals(title, dialog.result().getTitle());

        // the store announces the new case; the navigator refreshes by itself and finds it
        bench.waitUntil("the navigator lists the new case", 30,
                () -> navigator.table().getItemCount() == 1 && title.equals(navigator.table().getItem(0).getText(1)));
        TableItem row = navigator.table().getItem(0);
        assertEquals(clientName, row.getText(2));
        assertEquals(CaseText.status(CaseStatus.NEW, Locale.getDefault()), row.getText(3));
        assertEquals(CaseText.channel("viber", Locale.getDefault()), row.getText(5));
        assertTrue(navigator.countLabel().getText().startsWith("1"), navigator.countLabel().getText());

        // storing opened the case's editor; closing it and double-clicking the row opens it again
        bench.waitUntil("the case editor opened after storing", 10, () -> bench.editors.containsKey(caseId));
        bench.editorShells.remove(caseId).dispose();
        bench.editors.remove(caseId);
        navigator.table().setSelection(0);
        navigator.table().notifyListeners(SWT.DefaultSelection, new Event());
        CaseEditorPart editor = bench.editors.get(caseId);
        assertNotNull(editor, "double-click opens the case editor");
        bench.waitUntil("the editor has read the case", 30, editor::isLoaded);
        Shell editorShell = bench.editorShells.get(caseId);

        // acknowledge: the status buttons offer exactly the lifecycle's next statuses
        Button acknowledge = Widgets.statusButton(editorShell, CaseStatus.ACKNOWLEDGED);
        assertNotNull(acknowledge, "an Acknowledged button is offered for a new case");
        press(acknowledge);
        bench.waitUntil("the case is acknowledged", 30, () -> editor.shownCase().getStatus() == CaseStatus.ACKNOWLEDGED
                && editor.shownCase().getAcknowledgedAt() != null);
        assertNull(Widgets.statusButton(editorShell, CaseStatus.NEW), "a case cannot move back to New");

        // the call back: the client's words verbatim, the agent's summary apart
        InteractionDialog call = editor.interactionDialog();
        call.setBlockOnOpen(false);
        call.open();
        call.clientWordsField().setText("I waited at home for two weeks! Nobody even called me. I want my money back.");
        call.summaryField().setText("Apologised, listened; promised to check with the courier company and call back.");
        press(call.okButton());
        bench.waitUntil("the call is stored", 30, () -> call.getShell() == null);
        bench.waitUntil("the timeline shows the call", 30, () -> editor.interactions().getItemCount() == 1
                && editor.interactions().getItem(0).getText(4).startsWith("I waited at home"));

        // the agent promised a call back two hours ago and has not called: the promise is overdue
        CommitmentDialog promise = editor.commitmentDialog();
        promise.setBlockOnOpen(false);
        promise.open();
        promise.descriptionField().setText("Call back with the courier company's answer about the refund");
        promise.setDue(Instant.now().minus(Duration.ofHours(2)));
        press(promise.okButton());
        bench.waitUntil("the promise is stored", 30, () -> promise.getShell() == null);
        bench.waitUntil("the editor lists the promise", 30, () -> overdueRow(editor.commitments()) != null);
        TableItem late = overdueRow(editor.commitments());
        assertEquals(bench.display.getSystemColor(SWT.COLOR_DARK_RED), late.getForeground(),
                "an overdue promise is shown in red");
        assertEquals(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT), late.getFont(),
                "an overdue promise is shown in bold");
        assertTrue(late.getText(5).startsWith(CaseText.overdueBy(Duration.ofHours(2), Locale.getDefault())
                .replaceAll("\\d.*", "")), late.getText(5));
        assertEquals(CaseText.commitmentState(CommitmentState.OPEN, Locale.getDefault()), late.getText(4));

        Path editorShot = bench.screenshot(editorShell, "case-editor.png");
        assertTrue(Files.size(editorShot) > 0);

        // the navigator on an ordinary day of the department, for the screenshot
        DepartmentDay.seed(bench.cases, bench.clients, bench.session.login());
        navigator.filter().setText("");
        bench.waitUntil("the navigator lists all open cases", 30, () -> navigator.table().getItemCount() >= 9
                && !navigator.table().getItem(0).getText(0).isEmpty()
                && !navigator.table().getItem(0).getText(0).startsWith("Loading"));
        Path navigatorShot = bench.screenshot(navigatorShell, "navigator.png");
        assertTrue(Files.size(navigatorShot) > 0);
    }

    @Test
    @Order(2)
    void refusedInputKeepsTheDialogOpenWithEverythingTypedAndStoresNothing() throws Exception {
        String clientName = "Refused Client " + UUID.randomUUID().toString().substring(0, 8);
        long casesBefore = bench.cases.count(CaseQuery.all());
        NewCaseDialog dialog = NewCaseHandler.dialog(navigatorShell, bench.cases, bench.clients, bench.store, bench,
                bench.session.login());
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.clientField().setText(clientName);
        bench.waitUntil("the dialog offers to create the new client", 20,
                () -> dialog.clientMatches().getSelectionCount() == 1);
        dialog.descriptionField().setText("Written down before the title was forgotten");
        press(dialog.okButton()); // no title

        assertNotNull(dialog.getShell(), "the dialog stays open");
        assertNotNull(dialog.getErrorMessage(), "the refusal is shown above the fields");
        assertTrue(dialog.getErrorMessage().contains("Title"), dialog.getErrorMessage());
        assertTrue(dialog.titleField().isFocusControl(), "the cursor is put into the refused field");
        assertEquals(clientName, dialog.clientField().getText());
        assertEquals("Written down before the title was forgotten", dialog.descriptionField().getText());

        // a title that is too long is refused as well, with the limit named
        dialog.titleField().setText("x".repeat(201));
        press(dialog.okButton());
        bench.waitUntil("the too-long title is refused", 30, () -> dialog.getErrorMessage() != null
                && dialog.okButton().isEnabled());
        assertNotNull(dialog.getShell(), "the dialog stays open");
        assertTrue(dialog.getErrorMessage().contains("200"), dialog.getErrorMessage());
        assertEquals(casesBefore, bench.cases.count(CaseQuery.all()), "no case was stored");
        assertTrue(bench.clients.search(clientName, 5).isEmpty(), "no half-saved client is left behind");
        dialog.close();
    }

    @Test
    @Order(3)
    void columnHeadersSortInTheDatabase() throws Exception {
        String tag = "sort-" + UUID.randomUUID().toString().substring(0, 8);
        long clientId = bench.clients.create(new ClientDraft("Sorting Client " + tag, "en")).getId();
        List<String> titles = List.of("Beta " + tag, "Alpha " + tag, "Gamma " + tag);
        for (String t : titles) {
            bench.cases.open(new CaseDraft(clientId, t, StandardChannel.EMAIL.code()));
        }
        navigator.filter().setText(tag);
        bench.waitUntil("the three cases are listed", 30, () -> navigator.table().getItemCount() == 3
                && !navigator.table().getItem(2).getText(1).isEmpty());

        TableColumn titleColumn = navigator.table().getColumn(1);
        titleColumn.notifyListeners(SWT.Selection, new Event());
        assertEquals(titleColumn, navigator.table().getSortColumn());
        assertEquals(SWT.UP, navigator.table().getSortDirection());
        bench.waitUntil("sorted by title, A to Z", 30, () -> shownTitles().equals(
                List.of("Alpha " + tag, "Beta " + tag, "Gamma " + tag)));

        titleColumn.notifyListeners(SWT.Selection, new Event());
        assertEquals(SWT.DOWN, navigator.table().getSortDirection());
        bench.waitUntil("sorted by title, Z to A", 30, () -> shownTitles().equals(
                List.of("Gamma " + tag, "Beta " + tag, "Alpha " + tag)));
    }

    @Test
    @Order(4)
    void theNavigatorReadsOnlyThePagesItShows() {
        String tag = "page-" + UUID.randomUUID().toString().substring(0, 8);
        int total = 450;
        bench.store.inTransaction(() -> {
            long clientId = bench.clients.create(new ClientDraft("Paging Client " + tag, "pl")).getId();
            for (int i = 0; i < total; i++) {
                bench.cases.open(new CaseDraft(clientId, String.format("%s %03d", tag, i), StandardChannel.SMS.code()));
            }
            return null;
        });
        navigator.table().getColumn(1).notifyListeners(SWT.Selection, new Event()); // by title
        if (navigator.table().getSortDirection() != SWT.UP) {
            navigator.table().getColumn(1).notifyListeners(SWT.Selection, new Event());
        }
        navigator.filter().setText(tag);
        bench.waitUntil("the count of " + total + " cases", 30, () -> navigator.table().getItemCount() == total
                && navigator.countLabel().getText().equals("450 cases"));
        bench.waitUntil("the first rows are shown", 30,
                () -> (tag + " 000").equals(navigator.table().getItem(0).getText(1)));
        assertEquals(Set.of(0), navigator.cachedPages(), "only the page on screen was read");

        // scrolling to the last row reads the last page, not the ones in between
        navigator.table().setTopIndex(total - 1);
        navigator.table().getItem(total - 1).getText(1);
        bench.waitUntil("the last row is shown", 30,
                () -> (tag + " 449").equals(navigator.table().getItem(total - 1).getText(1)));
        assertFalse(navigator.cachedPages().contains(1), "the page between was not read: " + navigator.cachedPages());
    }

    private static List<String> shownTitles() {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < navigator.table().getItemCount(); i++) {
            shown.add(navigator.table().getItem(i).getText(1));
        }
        return shown;
    }

    private static void press(Button button) {
        assertTrue(button.isEnabled(), button.getText() + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
    }

    private static TableItem overdueRow(Table commitments) {
        for (TableItem item : commitments.getItems()) {
            if (!item.getText(5).isEmpty() && item.getData() != null) {
                return item;
            }
        }
        return null;
    }
}
