package com.example.reviewwatch.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.parley.core.service.InvalidInputException;

import com.example.reviewwatch.ImportResult;
import com.example.reviewwatch.ReviewWatch;

import jakarta.inject.Named;

/** Reviews &gt; Import reviews...: the file is checked and stored in a Job; the result or the refusal is shown. */
public class ImportReviewsHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, ReviewWatch reviews) {
        FileDialog files = new FileDialog(shell, SWT.OPEN);
        files.setText(ReviewUiText.get("import.title"));
        files.setFilterExtensions(new String[] { "*.csv", "*" });
        String chosen = files.open();
        if (chosen == null) {
            return;
        }
        Job job = new Job(ReviewUiText.get("import.job")) {
            @Override
            protected org.eclipse.core.runtime.IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(ReviewUiText.get("import.job"), IProgressMonitor.UNKNOWN);
                String message;
                boolean ok;
                try {
                    ImportResult r = reviews.importFile(Path.of(chosen));
                    message = ReviewUiText.get("import.done", r.imported(), r.clients(), r.known());
                    ok = true;
                } catch (InvalidInputException e) {
                    message = ReviewUiText.get("import.failed", e.getMessage());
                    ok = false;
                }
                String shown = message;
                boolean succeeded = ok;
                shell.getDisplay().asyncExec(() -> {
                    if (succeeded) {
                        MessageDialog.openInformation(shell, ReviewUiText.get("import.title"), shown);
                    } else {
                        MessageDialog.openError(shell, ReviewUiText.get("import.title"), shown);
                    }
                });
                monitor.done();
                return Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
    }
}
