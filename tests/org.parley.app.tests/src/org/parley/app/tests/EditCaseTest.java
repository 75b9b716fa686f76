package org.parley.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.parley.app.internal.Messages;
import org.parley.app.internal.dialogs.EditCaseDialog;
import org.parley.app.internal.parts.CaseEditorPart;
import org.parley.core.model.AuditEvent;
import org.parley.core.model.Case;
import org.parley.core.model.Role;
import org.parley.core.model.Severity;
import org.parley.core.service.AuditService;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.UserDraft;
import org.parley.core.service.UserService;

/** A supervisor retitles a case, raises its severity and hands it to a colleague, with the reason on record. */
class EditCaseTest {

    @Test
    void aCaseIsEditedAndHandedOverWithItsReasonAndARefusedOwnerStoresNothing() throws Exception {
        TestWorkbench bench = TestWorkbench.get();
        UserService users = TestWorkbench.osgiService(UserService.class);
        if (users.find("irina.lead").isEmpty()) {
            users.create(new UserDraft("irina.lead", "Irina (team lead)", Role.SUPERVISOR, 1, true));
        }
        long clientId = bench.clients.create(new ClientDraft("Edited Client", "ro")).getId();
        Case opened = bench.cases.open(new CaseDraft(clientId, "Wrong sofa colour", "phone"));
        bench.open(opened.getId(), opened.getNumber());
        CaseEditorPart editor = bench.editors.get(opened.getId());
        Shell shell = bench.editorShells.get(opened.getId());
        bench.waitUntil("the editor has read the case", 30, editor::isLoaded);
        bench.settle(300);
        assertTrue(Widgets.buttonTexts(shell).containsAll(List.of(Messages.editor_edit, Messages.editor_reload)),
                "the editor offers Edit and Reload next to the contributed actions: " + Widgets.buttonTexts(shell));

        // an owner nobody knows: refused, the dialog stays open, and the new title is not stored either
        EditCaseDialog refused = editor.editCaseDialog();
        assertNotNull(refused);
        refused.setBlockOnOpen(false);
        refused.open();
        refused.titleField().setText("Sofa delivered in the wrong colour");
        refused.ownerField().setText("nobody.here");
        press(refused);
        bench.waitUntil("the refusal is shown", 30, () -> refused.getErrorMessage() != null);
        assertTrue(refused.getErrorMessage().contains("nobody.here"), refused.getErrorMessage());
        assertEquals("Sofa delivered in the wrong colour", refused.titleField().getText(), "what was typed is kept");
        assertEquals("Wrong sofa colour", bench.cases.find(opened.getId()).orElseThrow().getTitle());
        refused.close();

        EditCaseDialog dialog = editor.editCaseDialog();
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.titleField().setText("Sofa delivered in the wrong colour");
        dialog.severityField().select(Severity.HIGH.ordinal());
        dialog.ownerField().setText("irina.lead");
        dialog.reasonField().setText("The client asked for someone senior");
        bench.settle(200);
        bench.screenshot(dialog.getShell(), "edit-case-dialog.png");
        press(dialog);
        bench.waitUntil("the change is stored", 30, () -> dialog.getShell() == null);
        bench.waitUntil("the editor shows it", 30,
                () -> "Sofa delivered in the wrong colour".equals(editor.shownCase().getTitle()));
        Case stored = bench.cases.find(opened.getId()).orElseThrow();
        assertEquals(Severity.HIGH, stored.getSeverity());
        assertEquals("irina.lead", stored.getOwner().getLogin());
        List<AuditEvent> history = TestWorkbench.osgiService(AuditService.class).history("case", opened.getId());
        assertEquals(List.of("case.opened", "case.updated", "case.assigned"),
                history.stream().map(AuditEvent::getAction).toList());
        assertEquals("The client asked for someone senior", history.get(2).getReason());
        shell.dispose();
    }

    private static void press(EditCaseDialog dialog) {
        dialog.okButton().notifyListeners(SWT.Selection, new Event());
    }
}
