package org.parley.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.parley.app.internal.dialogs.DatabaseDialog;
import org.parley.core.service.Store;

/** An admin points the desktop at the department's PostgreSQL server; a URL Parley cannot use is refused. */
class DatabaseDialogTest {

    @Test
    void aPostgreSqlServerIsKeptInThePreferencesTheStoreReads() throws Exception {
        TestWorkbench bench = TestWorkbench.get();
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(Store.PREFERENCE_NODE);
        Shell shell = bench.shell("Parley \u2014 database", 0, 0, 400, 300);
        try {
            DatabaseDialog dialog = new DatabaseDialog(shell, bench.store);
            dialog.setBlockOnOpen(false);
            dialog.open();
            dialog.urlField().setText("jdbc:mysql://db.example/parley");
            press(dialog);
            assertTrue(dialog.getErrorMessage() != null && dialog.getErrorMessage().contains("jdbc:mysql"),
                    String.valueOf(dialog.getErrorMessage()));
            assertNull(prefs.get(Store.PREFERENCE_URL, null), "nothing was saved");

            dialog.urlField().setText("jdbc:postgresql://db.example:5432/parley");
            dialog.userField().setText("parley");
            bench.settle(500);
            bench.screenshot(dialog.getShell(), "database-settings.png");
            press(dialog);
            bench.waitUntil("the settings are saved", 30, () -> dialog.getShell() == null);
            assertEquals("jdbc:postgresql://db.example:5432/parley", prefs.get(Store.PREFERENCE_URL, null));
            assertEquals("parley", prefs.get(Store.PREFERENCE_USER, null));
        } finally {
            prefs.remove(Store.PREFERENCE_URL);
            prefs.remove(Store.PREFERENCE_USER);
            prefs.remove(Store.PREFERENCE_PASSWORD);
            prefs.flush();
            shell.dispose();
        }
    }

    private static void press(DatabaseDialog dialog) {
        dialog.okButton().notifyListeners(SWT.Selection, new Event());
    }
}
