package org.parley.complaints.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.parley.app.tests.TestWorkbench;
import org.parley.complaints.ChannelRegistry;
import org.parley.complaints.ComplaintRecord;
import org.parley.complaints.ComplaintService;
import org.parley.complaints.EscalationService;
import org.parley.complaints.ui.internal.TakeComplaintDialog;
import org.parley.complaints.ui.internal.TakeComplaintHandler;

/**
 * The intake dialog driven by key presses only, posted to the display as a keyboard would: the client's name
 * typed, the new client picked with Down, Tab from field to field, the channel chosen with Down, the reference and
 * the words typed, and Enter for OK. Received (now by default) comes after the other fields in the Tab order, so
 * that GTK's date field, which keeps Tab once focused (eclipse-platform/eclipse.platform.swt#3411), is not on the
 * way.
 */
class AComplaintIsTakenWithTheKeyboardAloneTest {

    private static TestWorkbench bench;

    private static void key(int keyCode, char character) {
        for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
            Event e = new Event();
            e.type = type;
            e.keyCode = keyCode;
            e.character = character;
            assertTrue(bench.display.post(e), "key posted");
        }
        bench.settle(30);
    }

    private static void type(String text) {
        for (char c : text.toCharArray()) {
            key(c == ' ' ? ' ' : 0, c);
        }
    }

    /** Presses Tab until {@code target} has the focus, as an agent would; fails if it never gets there. */
    private static void tabTo(Control target) {
        for (int i = 0; i < 12 && bench.display.getFocusControl() != target; i++) {
            key(SWT.TAB, '\t');
        }
        assertEquals(target, bench.display.getFocusControl(), "Tab reaches " + target);
    }

    @Test
    void aWhatsAppComplaintOfANewClientIsTakenByKeyboard() throws Exception {
        bench = TestWorkbench.get();
        bench.context.set(ComplaintService.class, TestWorkbench.osgiService(ComplaintService.class));
        bench.context.set(ChannelRegistry.class, TestWorkbench.osgiService(ChannelRegistry.class));
        bench.context.set(EscalationService.class, TestWorkbench.osgiService(EscalationService.class));
        TakeComplaintDialog dialog = TakeComplaintHandler.dialog(new Shell(bench.display),
                bench.context.get(ComplaintService.class), bench.clients, bench.context.get(ChannelRegistry.class),
                bench.context.get(EscalationService.class), bench);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.getShell().forceActive();
        bench.settle(300);
        assertEquals(dialog.clientPicker().text(), bench.display.getFocusControl(), "the cursor starts in Client");

        type("kira keyboard");
        bench.waitUntil("the new client is offered", 20, () -> dialog.clientPicker().list().getItemCount() >= 1
                && dialog.clientPicker().list().getItem(dialog.clientPicker().list().getItemCount() - 1)
                        .contains("kira keyboard"));
        key(SWT.ARROW_DOWN, (char) 0);
        assertTrue(dialog.clientPicker().list().getSelection()[0].contains("kira keyboard"),
                dialog.clientPicker().list().getSelection()[0]);

        tabTo(dialog.channelField());
        for (int i = 0; i < 10 && !"WhatsApp".equals(dialog.channelField().getText()); i++) {
            key(SWT.ARROW_DOWN, (char) 0);
        }
        assertEquals("WhatsApp", dialog.channelField().getText());
        tabTo(dialog.referenceField());
        type("373 69 000 222");
        tabTo(dialog.wordsField());
        type("my order is late again and nobody calls back");
        key(SWT.TAB, '\t');
        assertTrue(bench.display.getFocusControl() instanceof org.eclipse.swt.widgets.Combo,
                "Severity follows the words: " + bench.display.getFocusControl());
        // Enter anywhere but in the words presses OK, the dialog's default button
        key(SWT.CR, '\r');
        bench.waitUntil("the complaint is taken", 30, () -> dialog.result() != null);
        ComplaintRecord taken = dialog.result();
        assertEquals("whatsapp", taken.channel());
        assertEquals("373 69 000 222", taken.channelReference());
        assertEquals("my order is late again and nobody calls back", taken.clientWords());
        assertEquals("kira keyboard", taken.clientName());
    }
}
