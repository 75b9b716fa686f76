package org.parley.complaints.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.impl.ApplicationFactoryImpl;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.parley.app.tests.TestWorkbench;
import org.parley.app.tests.Widgets;
import org.parley.complaints.DeadlineService;
import org.parley.complaints.ui.internal.Reminders;
import org.parley.core.model.Case;
import org.parley.core.model.CommitmentKind;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.Clock;
import org.parley.core.service.CommitmentDraft;
import org.parley.core.service.Session;
import org.parley.ui.workbench.SignedIn;

/**
 * A promise of the signed-in user falling due within the lead time pops up at the bottom right of the workbench
 * window with a link to its case, closes by itself, and is not shown again in the same session.
 */
class ReminderPopsUpOncePerPromiseTest {

    private static List<Shell> remindersOf(TestWorkbench bench, String caseNumber) {
        List<Shell> found = new ArrayList<>();
        for (Shell s : bench.display.getShells()) {
            if (!s.isDisposed() && s.isVisible() && "A promise falls due".equals(s.getText())) {
                Link link = Widgets.find(s, Link.class);
                if (link != null && link.getText().contains(caseNumber)) {
                    found.add(s);
                }
            }
        }
        return found;
    }

    @Test
    void aPromiseDueSoonIsRemindedOnceAtTheBottomRight() throws Exception {
        TestWorkbench bench = TestWorkbench.get();
        bench.context.set(DeadlineService.class, TestWorkbench.osgiService(DeadlineService.class));
        String login = TestWorkbench.osgiService(Session.class).login();
        bench.context.set(SignedIn.LOGIN, login);
        long client = bench.clients.create(new ClientDraft("Radu Reminder", "ro")).getId();
        Case c = bench.cases.open(new CaseDraft(client, "Refund promised by phone", "phone"));
        bench.cases.addCommitment(c.getId(), new CommitmentDraft(CommitmentKind.CALL_BACK,
                "Call Radu back about the refund", TestWorkbench.osgiService(Clock.class).now().plus(
                        Duration.ofMinutes(10)), login));

        Shell workbench = bench.shell("Parley", 0, 0, 1200, 800);
        workbench.open();
        MApplication application = ApplicationFactoryImpl.eINSTANCE.createApplication();
        IEclipseContext context = bench.context.createChild("reminders");
        application.setContext(context);
        context.set(MApplication.class, application);
        ContextInjectionFactory.make(Reminders.class, context);
        try {
            bench.waitUntil("the reminder pops up", 30, () -> remindersOf(bench, c.getNumber()).size() == 1);
            Shell popup = remindersOf(bench, c.getNumber()).get(0);
            Rectangle at = popup.getBounds();
            // the active workbench window's corner, or the screen's when no window is active (as under Xvfb)
            Rectangle window = popup.getParent() != null ? popup.getParent().getBounds()
                    : bench.display.getPrimaryMonitor().getClientArea();
            assertTrue(at.x + at.width > window.x + window.width * 3 / 4 && at.y + at.height > window.y
                    + window.height * 3 / 4, "bottom right: " + at + " in " + window);
            assertTrue(Widgets.labelTexts(popup).contains("Call Radu back about the refund"),
                    Widgets.labelTexts(popup).toString());
            bench.screenshot(popup, "reminder.png");
            bench.waitUntil("it closes by itself", 20, () -> remindersOf(bench, c.getNumber()).isEmpty());
            // the next round, a minute later, finds the same promise still due: it is not shown again
            bench.settle(65_000);
            assertEquals(0, remindersOf(bench, c.getNumber()).size(), "reminded once per session");
        } finally {
            context.dispose();
            workbench.dispose();
        }
    }
}
