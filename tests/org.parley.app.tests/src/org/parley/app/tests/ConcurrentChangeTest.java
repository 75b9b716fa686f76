package org.parley.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.parley.app.internal.Messages;
import org.parley.app.internal.parts.CaseEditorPart;
import org.parley.core.model.Case;
import org.parley.core.model.CaseStatus;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.ClientDraft;

/**
 * Two agents work on the same case: the second one's change is refused, the user is told so in words and
 * offered to reload, and the first agent's change is what the case keeps.
 */
class ConcurrentChangeTest {

    @Test
    void aChangeMadeMeanwhileIsReportedAndNothingIsOverwritten() throws Exception {
        TestWorkbench bench = TestWorkbench.get();
        long clientId = bench.clients.create(new ClientDraft("Concurrent Client", "ru")).getId();
        Case opened = bench.cases.open(new CaseDraft(clientId, "Two agents on one complaint", "phone"));
        bench.open(opened.getId(), opened.getNumber());
        CaseEditorPart editor = bench.editors.get(opened.getId());
        Shell shell = bench.editorShells.get(opened.getId());
        bench.waitUntil("the editor has read the case", 30, editor::isLoaded);

        // another desktop acknowledges the case; this editor has not heard of it yet
        bench.cases.changeStatus(opened.getId(), opened.getVersion(), CaseStatus.ACKNOWLEDGED, null);

        // the warning is modal: answer it with "Reload" as the user would
        List<String> warning = new ArrayList<>();
        Runnable answer = new Runnable() {
            @Override
            public void run() {
                for (Shell s : bench.display.getShells()) {
                    if (s.getData() instanceof MessageDialog && !s.isDisposed()) {
                        warning.addAll(Widgets.labelTexts(s));
                        Button reload = Widgets.button(s, Messages.conflict_reload);
                        reload.notifyListeners(SWT.Selection, new Event());
                        return;
                    }
                }
                bench.display.timerExec(50, this);
            }
        };
        bench.display.timerExec(50, answer);
        Button investigate = Widgets.statusButton(shell, CaseStatus.INVESTIGATING);
        investigate.notifyListeners(SWT.Selection, new Event());

        bench.waitUntil("the conflict was reported and the case read again", 30, () -> !warning.isEmpty()
                && editor.shownCase().getStatus() == CaseStatus.ACKNOWLEDGED);
        assertTrue(warning.contains(Messages.conflict_message), warning.toString());
        assertEquals(CaseStatus.ACKNOWLEDGED, bench.cases.find(opened.getId()).orElseThrow().getStatus(),
                "the other agent's change was kept");
        shell.dispose();
    }
}
