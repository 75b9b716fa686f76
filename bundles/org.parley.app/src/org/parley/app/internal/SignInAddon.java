package org.parley.app.internal;

import java.util.List;

import jakarta.annotation.PostConstruct;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.osgi.util.NLS;
import org.parley.core.model.User;
import org.parley.core.service.Session;
import org.parley.core.service.UserService;
import org.parley.ui.workbench.SignedIn;

/**
 * Model add-on that signs the user in at start-up and shows who is working in the window title. The store's
 * session picks the user ({@code -Dparley.user}, else the operating-system account; the first user of an
 * empty database becomes its admin). Runs in a job: the first use of the store may create and migrate the
 * database.
 */
public class SignInAddon {

    /** Context key under which the signed-in login is published for handlers and parts ({@link SignedIn#LOGIN}). */
    public static final String LOGIN = SignedIn.LOGIN;

    static final String WINDOW_ID = "org.parley.app.window.main";

    @PostConstruct
    void signIn(@Optional Session session, @Optional UserService users, MApplication application,
            EModelService models, UISynchronize ui) {
        if (session == null) {
            show(application, models, ui, Messages.window_titleNoStore);
            return;
        }
        Job job = Job.create(Messages.job_signIn, (IProgressMonitor monitor) -> {
            String title;
            try {
                String login = session.login();
                String name = users == null ? login
                        : users.find(login).map(User::getDisplayName).orElse(login);
                title = NLS.bind(Messages.window_titleSignedIn, name, login);
                ui.asyncExec(() -> application.getContext().set(LOGIN, login));
            } catch (RuntimeException e) {
                ILog.of(SignInAddon.class).error(Messages.job_signIn, e);
                title = NLS.bind(Messages.window_titleSignInFailed, e.getMessage());
            }
            show(application, models, ui, title);
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private static void show(MApplication application, EModelService models, UISynchronize ui, String title) {
        ui.asyncExec(() -> {
            List<MWindow> windows = models.findElements(application, WINDOW_ID, MWindow.class);
            windows.forEach(w -> w.setLabel(title));
        });
    }
}
