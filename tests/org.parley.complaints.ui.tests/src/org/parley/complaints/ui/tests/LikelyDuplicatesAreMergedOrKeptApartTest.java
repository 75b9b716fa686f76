package org.parley.complaints.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.app.tests.TestWorkbench;
import org.parley.complaints.ChannelRegistry;
import org.parley.complaints.ComplaintDraft;
import org.parley.complaints.ComplaintRecord;
import org.parley.complaints.ComplaintService;
import org.parley.complaints.ui.internal.duplicates.DuplicateDecisionDialog;
import org.parley.complaints.ui.internal.duplicates.SuspectedDuplicatesPart;
import org.parley.core.model.CaseStatus;
import org.parley.core.model.Severity;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.Clock;

/**
 * Complaints taken in bulk that look like earlier ones wait in the Likely duplicates part with the case they
 * resemble; the agent merges one into that case and keeps another apart, each time with a reason, and an empty
 * reason is refused with the dialog kept open.
 */
class LikelyDuplicatesAreMergedOrKeptApartTest {

    private static TestWorkbench bench;

    @BeforeAll
    static void services() throws Exception {
        bench = TestWorkbench.get();
        bench.context.set(ComplaintService.class, TestWorkbench.osgiService(ComplaintService.class));
        bench.context.set(ChannelRegistry.class, TestWorkbench.osgiService(ChannelRegistry.class));
    }

    private static ComplaintDraft draft(long client, Instant at, String words) {
        return new ComplaintDraft(client, null, "email", null, at, words, null, Severity.NORMAL, 0);
    }

    private static int row(SuspectedDuplicatesPart part, String caseNumber) {
        TableItem[] items = part.table().getItems();
        for (int i = 0; i < items.length; i++) {
            if (items[i].getText(1).equals(caseNumber)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void anAgentMergesOneLikelyDuplicateAndKeepsAnotherApart() throws Exception {
        ComplaintService complaints = bench.context.get(ComplaintService.class);
        long client = bench.clients.create(new ClientDraft("Olga Bulk-Intake", "ru")).getId();
        Instant t = TestWorkbench.osgiService(Clock.class).now().minus(Duration.ofHours(3));
        List<ComplaintRecord> taken = complaints.takeAll(List.of(draft(client, t, "The parcel arrived broken."),
                draft(client, t.plus(Duration.ofMinutes(30)), "The parcel arrived broken!!"),
                draft(client, t.plus(Duration.ofMinutes(40)), "The courier threw the parcel over the fence."),
                draft(client, t.plus(Duration.ofMinutes(50)), "The courier threw the parcel over the fence!")));
        ComplaintRecord repeat = taken.get(1);
        ComplaintRecord other = taken.get(3);
        assertEquals(taken.get(0).id(), repeat.suspectedDuplicateOf());
        assertEquals(taken.get(2).id(), other.suspectedDuplicateOf());

        Shell shell = bench.shell("Likely duplicates", 40, 40, 1150, 360);
        Composite parent = new Composite(shell, SWT.NONE);
        IEclipseContext partContext = bench.context.createChild("duplicates");
        partContext.set(Composite.class, parent);
        SuspectedDuplicatesPart part = ContextInjectionFactory.make(SuspectedDuplicatesPart.class, partContext);
        shell.open();
        bench.waitUntil("both suspects are listed", 30,
                () -> row(part, repeat.caseNumber()) >= 0 && row(part, other.caseNumber()) >= 0);
        int first = row(part, repeat.caseNumber());
        assertEquals(taken.get(0).caseNumber(), part.table().getItem(first).getText(4), "the case it resembles");
        assertEquals("Olga Bulk-Intake", part.table().getItem(first).getText(2));
        part.table().select(first);
        part.table().notifyListeners(SWT.Selection, new Event());
        bench.screenshot(shell, "likely-duplicates.png");

        DuplicateDecisionDialog merge = part.dialog(first, true);
        merge.setBlockOnOpen(false);
        merge.open();
        assertTrue(merge.targetField().getText().startsWith(taken.get(0).caseNumber()),
                "the case holding the look-alike is offered first: " + merge.targetField().getText());
        merge.okButton().notifyListeners(SWT.Selection, new Event());
        bench.waitUntil("an empty reason is refused in the dialog", 20, () -> merge.getErrorMessage() != null);
        assertTrue(merge.getShell() != null && !merge.getShell().isDisposed(), "the dialog stays open");
        assertTrue(merge.getErrorMessage().contains("reason"), merge.getErrorMessage());
        assertEquals(taken.get(0).caseNumber(), merge.targetField().getText().substring(0, 9), "the choice is kept");
        bench.screenshot(merge.getShell(), "duplicate-merge.png");
        merge.reasonField().setText("The same broken parcel, written twice");
        merge.okButton().notifyListeners(SWT.Selection, new Event());
        bench.waitUntil("the repeat is merged", 30, () -> merge.result() != null);
        assertEquals(taken.get(0).caseId(), merge.result().caseId());
        assertEquals(0, merge.result().suspectedDuplicateOf());
        bench.waitUntil("the emptied case is closed as merged", 20,
                () -> bench.cases.find(repeat.caseId()).orElseThrow().getStatus() == CaseStatus.CLOSED);

        part.refresh();
        bench.waitUntil("the merged one leaves the list", 30,
                () -> row(part, repeat.caseNumber()) < 0 && row(part, other.caseNumber()) >= 0);
        DuplicateDecisionDialog keep = part.dialog(row(part, other.caseNumber()), false);
        keep.setBlockOnOpen(false);
        keep.open();
        keep.reasonField().setText("A second delivery, not the same parcel");
        keep.okButton().notifyListeners(SWT.Selection, new Event());
        bench.waitUntil("kept apart", 30, () -> keep.result() != null);
        assertEquals(other.caseId(), keep.result().caseId());
        assertEquals(0, keep.result().suspectedDuplicateOf());
        part.refresh();
        bench.waitUntil("nothing of this client is left to decide", 30, () -> row(part, other.caseNumber()) < 0);
        shell.dispose();
    }
}
