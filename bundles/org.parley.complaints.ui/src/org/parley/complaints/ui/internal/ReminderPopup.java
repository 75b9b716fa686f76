package org.parley.complaints.ui.internal;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.parley.core.model.Commitment;
import org.parley.ui.workbench.CaseEditors;

/** A small window at the bottom right of the workbench: a promise falls due soon. It closes by itself. */
final class ReminderPopup {

    private static final int SHOWN_MS = 12_000;

    private ReminderPopup() {
    }

    static Shell show(Commitment k, CaseEditors editors) {
        Display display = Display.getCurrent();
        Shell parent = display.getActiveShell();
        Shell popup = parent == null ? new Shell(display, SWT.ON_TOP | SWT.TOOL | SWT.NO_FOCUS)
                : new Shell(parent, SWT.ON_TOP | SWT.TOOL | SWT.NO_FOCUS);
        popup.setText(Messages.reminders_title);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 14;
        layout.marginHeight = 12;
        popup.setLayout(layout);
        // a tool window shows no title bar on every desktop: the title is repeated inside
        Label title = new Label(popup, SWT.NONE);
        title.setText(Messages.reminders_title);
        title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        Label due = new Label(popup, SWT.NONE);
        due.setText(NLS.bind(Messages.reminders_due, Format.moment(k.getDueAt())));
        Label what = new Label(popup, SWT.WRAP);
        what.setText(k.getDescription());
        GridData whatData = new GridData(SWT.FILL, SWT.TOP, true, false);
        whatData.widthHint = 320;
        what.setLayoutData(whatData);
        Link open = new Link(popup, SWT.NONE);
        open.setText(NLS.bind(Messages.reminders_open, k.getCase().getNumber(), k.getCase().getClientName()));
        open.addListener(SWT.Selection, e -> {
            if (editors != null) {
                editors.open(k.getCase().getId(), k.getCase().getNumber());
            }
            popup.close();
        });
        popup.pack();
        Rectangle area = (parent != null ? parent.getBounds() : display.getPrimaryMonitor().getClientArea());
        Rectangle size = popup.getBounds();
        popup.setLocation(area.x + area.width - size.width - 24, area.y + area.height - size.height - 48);
        popup.setVisible(true);
        display.timerExec(SHOWN_MS, () -> {
            if (!popup.isDisposed()) {
                popup.close();
            }
        });
        return popup;
    }
}
