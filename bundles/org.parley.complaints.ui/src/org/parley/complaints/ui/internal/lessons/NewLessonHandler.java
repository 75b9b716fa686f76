package org.parley.complaints.ui.internal.lessons;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Shell;
import org.parley.complaints.InvestigationService;
import org.parley.complaints.LessonService;
import org.parley.complaints.ui.internal.Messages;
import org.parley.core.service.UserService;
import org.parley.ui.workbench.StoreCall;

/** Complaints › New lesson: a root cause with its corrective action into the lessons register. */
public class NewLessonHandler {

    @CanExecute
    public boolean canExecute(@Optional LessonService lessons) {
        return lessons != null;
    }

    @Execute
    public void execute(Shell shell, LessonService lessons, InvestigationService investigations, UserService users) {
        StoreCall.run(shell, Messages.lesson_job, () -> new Object[] { investigations.rootCauses(), users.list() }, found -> {
            @SuppressWarnings("unchecked")
            var causes = (java.util.List<org.parley.complaints.RootCause>) found[0];
            @SuppressWarnings("unchecked")
            var people = (java.util.List<org.parley.core.model.User>) found[1];
            new LessonDialog(shell, lessons, causes, people, null).open();
        });
    }
}
