package org.parley.script.ui;

import java.util.Locale;

import org.eclipse.swt.widgets.Shell;
import org.parley.core.model.Case;
import org.parley.script.Step;

/**
 * Help a bundle offers on a step of a script run, shown as a button beside the step: the compensation catalogue
 * offers its gestures on a gesture step, a company's billing bundle could look up an invoice on a check step.
 * Register as an OSGi service; when none applies to a step, the run goes on without it.
 */
public interface StepAssist {

    /** Whether this help fits the step, e.g. {@code step.id().startsWith("gesture")}. */
    boolean appliesTo(Step step);

    /** The button's label in the user's language, with a mnemonic, e.g. {@code "Propose a &gesture..."}. */
    String label(Locale locale);

    /**
     * Opens the help on the UI thread, typically a dialog; returns a line for the step's note (what was proposed),
     * or null.
     */
    String open(Shell shell, Case conflictCase, Step step);
}
