package org.parley.ui.api;

import java.util.Locale;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A tab a bundle adds to the case editor. Register an implementation as an OSGi service (a DS
 * {@code @Component}); every open case editor shows it as a tab while the service is registered, and removes
 * the tab when it goes away.
 *
 * <p>One service instance serves all open editors, so keep per-case state in the control you create (for
 * example as {@link Control#setData(String, Object) widget data}), not in fields. All methods are called on
 * the UI thread; read and write the database in an Eclipse {@code Job}, never in these methods directly.
 */
public interface CaseEditorPage {

    /** A stable, unique id, e.g. {@code com.example.reviews.page}. */
    String id();

    /** The tab's label in the user's language. */
    String label(Locale locale);

    /** Tabs are ordered by rank, lowest first; Parley's own tabs use multiples of 100. */
    default int rank() {
        return 1000;
    }

    /**
     * Creates the tab's content for one case.
     *
     * @param parent the tab folder's page area; the returned control must be a child of it
     * @param context the case shown and what the page may ask of the editor
     * @return the page's top-level control, disposed by the editor when the tab or the editor closes
     */
    Control createControl(Composite parent, CasePageContext context);

    /**
     * The editor read the case again (someone changed it, here or elsewhere): bring {@code control}, made by
     * {@link #createControl}, up to date. Does nothing unless overridden.
     */
    default void caseChanged(Control control, CasePageContext context) {
    }
}
