package org.parley.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.parley.app.internal.parts.CaseEditorPart;
import org.parley.core.extension.CaseAction;
import org.parley.core.model.Case;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.ClientDraft;
import org.parley.ui.api.CaseEditorPage;
import org.parley.ui.api.CasePageContext;

/**
 * A bundle adds a tab and an action to the case editor by registering services; both appear in an editor
 * that is already open, and go away with the service.
 */
class CaseEditorExtensionTest {

    @Test
    void contributedPagesAndActionsComeAndGoWithTheirServices() throws Exception {
        TestWorkbench bench = TestWorkbench.get();
        BundleContext bundle = FrameworkUtil.getBundle(CaseEditorExtensionTest.class).getBundleContext();
        long clientId = bench.clients.create(new ClientDraft("Extension Client", "ro")).getId();
        Case opened = bench.cases.open(new CaseDraft(clientId, "Voucher not accepted at the till", "in-person"));
        bench.open(opened.getId(), opened.getNumber());
        CaseEditorPart editor = bench.editors.get(opened.getId());
        Shell shell = bench.editorShells.get(opened.getId());
        bench.waitUntil("the editor has read the case", 30, editor::isLoaded);
        assertTrue(tabs(shell).isEmpty(), "no tabs while no page is registered");

        AtomicInteger refreshed = new AtomicInteger();
        CaseEditorPage page = new CaseEditorPage() {
            @Override
            public String id() {
                return "test.reviews";
            }

            @Override
            public String label(Locale locale) {
                return "Online reviews";
            }

            @Override
            public Control createControl(Composite parent, CasePageContext context) {
                Label label = new Label(parent, SWT.NONE);
                label.setText("Reviews of " + context.currentCase().getClient().getName());
                return label;
            }

            @Override
            public void caseChanged(Control control, CasePageContext context) {
                refreshed.incrementAndGet();
            }
        };
        AtomicReference<String> ranFor = new AtomicReference<>();
        CaseAction action = new CaseAction() {
            @Override
            public String id() {
                return "test.voucher";
            }

            @Override
            public String label(Locale locale) {
                return "Reissue voucher";
            }

            @Override
            public String run(Case conflictCase, String login) {
                ranFor.set(conflictCase.getNumber() + " by " + login);
                return "Voucher reissued";
            }
        };
        ServiceRegistration<CaseEditorPage> pageRegistration = bundle.registerService(CaseEditorPage.class, page, null);
        ServiceRegistration<CaseAction> actionRegistration = bundle.registerService(CaseAction.class, action, null);
        try {
            bench.waitUntil("the tab appears in the open editor", 20, () -> tabs(shell).contains("Online reviews"));
            CTabItem tab = Widgets.find(shell, CTabFolder.class).getItem(0);
            assertEquals("Reviews of Extension Client", ((Label) tab.getControl()).getText());

            bench.waitUntil("the action's button appears", 20, () -> Widgets.button(shell, "Reissue voucher") != null);
            Widgets.button(shell, "Reissue voucher").notifyListeners(SWT.Selection, new Event());
            bench.waitUntil("the action ran and the case was read again", 20,
                    () -> ranFor.get() != null && refreshed.get() > 0);
            assertEquals(opened.getNumber() + " by " + bench.session.login(), ranFor.get());
        } finally {
            pageRegistration.unregister();
            actionRegistration.unregister();
        }
        bench.waitUntil("the tab goes away with its service", 20, () -> tabs(shell).isEmpty());
        bench.waitUntil("the button goes away with its service", 20, () -> Widgets.button(shell, "Reissue voucher") == null);
        assertNotNull(Widgets.find(shell, CTabFolder.class));
        shell.dispose();
    }

    private static List<String> tabs(Shell shell) {
        List<String> labels = new ArrayList<>();
        CTabFolder folder = Widgets.find(shell, CTabFolder.class);
        if (folder != null) {
            for (CTabItem item : folder.getItems()) {
                labels.add(item.getText());
            }
        }
        return labels;
    }
}
