package org.parley.ui.workbench;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.parley.core.service.InvalidInputException;
import org.parley.ui.internal.Messages;

/**
 * A call to the store made in an Eclipse {@link Job}, with its result handed back to the UI thread, so the UI
 * thread never waits on the database. Results for a control that was disposed meanwhile are dropped.
 */
public final class StoreCall {

    private StoreCall() {
    }

    /**
     * Runs {@code work} in a job named {@code name}; then {@code done} or {@code failed} runs on the UI thread
     * unless {@code owner} is disposed by then.
     *
     * @return the scheduled job
     */
    public static <T> Job run(Control owner, String name, Supplier<T> work, Consumer<T> done,
            Consumer<RuntimeException> failed) {
        Display display = owner.getDisplay();
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(name, IProgressMonitor.UNKNOWN);
                try {
                    T result = work.get();
                    deliver(display, owner, () -> done.accept(result));
                } catch (RuntimeException e) {
                    if (!(e instanceof InvalidInputException)) {
                        ILog.of(StoreCall.class).error(name, e);
                    }
                    deliver(display, owner, () -> failed.accept(e));
                } finally {
                    monitor.done();
                }
                return Status.OK_STATUS;
            }
        };
        job.schedule();
        return job;
    }

    /** As {@link #run(Control, String, Supplier, Consumer, Consumer)}, reporting failures in a message box. */
    public static <T> Job run(Control owner, String name, Supplier<T> work, Consumer<T> done) {
        return run(owner, name, work, done, e -> showFailure(owner, e));
    }

    /** Tells the user a store call failed, in the words of the exception when it has them. */
    public static void showFailure(Control owner, RuntimeException e) {
        if (owner.isDisposed()) {
            return;
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        MessageDialog.openError(owner.getShell(), Messages.error_title, message);
    }

    private static void deliver(Display display, Control owner, Runnable onUi) {
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (!owner.isDisposed()) {
                onUi.run();
            }
        });
    }
}
