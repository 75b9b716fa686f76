package org.parley.ui.workbench;

import java.util.function.IntConsumer;

import org.eclipse.jface.window.Window;

/** Opening dialogs from parts and pages. */
public final class Dialogs {

    private Dialogs() {
    }

    /**
     * Opens {@code dialog} without blocking the caller (it stays modal for the user, and a test can drive it);
     * {@code closed} gets its return code once it is closed.
     */
    public static void openThen(Window dialog, IntConsumer closed) {
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.getShell().addDisposeListener(e -> closed.accept(dialog.getReturnCode()));
    }
}
