package org.parley.app.internal;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Model add-on that tells the user, in a non-modal {@link RestartNotice}, when a plug-in with menus or views
 * was installed, updated or removed while Parley runs (see {@link PluginChanges}).
 */
public class PluginChangesAddon {

    private final RestartNotice notice = new RestartNotice();
    private PluginChanges changes;

    @PostConstruct
    void watch(MApplication application, EModelService models, UISynchronize ui) {
        Bundle bundle = FrameworkUtil.getBundle(PluginChangesAddon.class);
        if (bundle == null || bundle.getBundleContext() == null) {
            return;
        }
        changes = new PluginChanges(bundle.getBundleContext(), message -> ui.asyncExec(() -> {
            List<MWindow> windows = models.findElements(application, SignInAddon.WINDOW_ID, MWindow.class);
            Shell parent = windows.isEmpty() || !(windows.get(0).getWidget() instanceof Shell s) || s.isDisposed()
                    ? Display.getDefault().getActiveShell()
                    : s;
            notice.add(parent, message);
        }));
        changes.start();
    }

    @PreDestroy
    void stop() {
        if (changes != null) {
            changes.stop();
        }
    }
}
