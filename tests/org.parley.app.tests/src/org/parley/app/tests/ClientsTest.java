package org.parley.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.parley.app.internal.dialogs.NewClientDialog;
import org.parley.app.internal.parts.ClientsPart;
import org.parley.core.model.Client;
import org.parley.core.model.ContactPoint;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.CaseQuery;

/**
 * A client is entered with a contact before any case exists, then found in the Clients view by that contact,
 * with the cases opened for them since.
 */
class ClientsTest {

    @Test
    void clientEnteredThenFoundByContactWithTheirCases() throws Exception {
        TestWorkbench bench = TestWorkbench.get();
        Shell shell = bench.shell("Parley \u2014 clients", 0, 0, 700, 700);
        String phone = "+48 600 " + UUID.randomUUID().toString().substring(0, 6);

        NewClientDialog dialog = new NewClientDialog(shell, bench.clients, Locale.getDefault());
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.okButton().notifyListeners(SWT.Selection, new Event()); // no name yet
        assertNotNull(dialog.getShell(), "a client without a name is refused and the dialog stays open");
        assertTrue(dialog.getErrorMessage().contains("Name"), dialog.getErrorMessage());
        dialog.nameField().setText("Tomasz Lewandowski");
        dialog.lastAddressField().setText(phone);
        dialog.okButton().notifyListeners(SWT.Selection, new Event());
        bench.waitUntil("the client is stored", 30, () -> dialog.getShell() == null);
        Client client = dialog.result();
        assertEquals(List.of(new ContactPoint("phone", phone)), client.getContactPoints());
        bench.cases.open(new CaseDraft(client.getId(), "Warranty repair refused", "phone"));

        IEclipseContext partContext = bench.context.createChild("clients");
        Composite parent = new Composite(shell, SWT.NONE);
        partContext.set(Composite.class, parent);
        ClientsPart clients = ContextInjectionFactory.make(ClientsPart.class, partContext);
        shell.open();
        clients.searchField().setText(phone);
        bench.waitUntil("the client is found by phone", 30, () -> clients.results().getItemCount() == 1
                && "Tomasz Lewandowski".equals(clients.results().getItem(0).getText(0)));
        clients.results().setSelection(0);
        clients.results().notifyListeners(SWT.Selection, new Event());
        bench.waitUntil("the client's case is listed", 30, () -> clients.clientCases().getItemCount() == 1
                && "Warranty repair refused".equals(clients.clientCases().getItem(0).getText(1)));

        clients.clientCases().setSelection(0);
        clients.clientCases().notifyListeners(SWT.DefaultSelection, new Event());
        long caseId = bench.cases.list(CaseQuery.all().forClient(client.getId()), 0, 1)
                .get(0).id();
        assertTrue(bench.editors.containsKey(caseId), "double-clicking the case opens its editor");
        bench.editorShells.get(caseId).dispose();
        shell.dispose();
    }
}
