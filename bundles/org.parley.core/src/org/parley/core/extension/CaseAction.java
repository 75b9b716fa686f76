package org.parley.core.extension;

import java.util.Locale;

import org.parley.core.model.Case;

/**
 * Something a user can do to a case that a bundle adds without changing the editor: register an
 * implementation as an OSGi service and it appears among the case editor's actions.
 */
public interface CaseAction {

    /** A stable, unique id. */
    String id();

    /** The label shown to the user, in their language. */
    String label(Locale locale);

    /** Whether the action makes sense for this case and the signed-in user now. */
    default boolean isApplicable(Case conflictCase, String login) {
        return true;
    }

    /** Runs the action; called outside the UI thread. Returns a short result line shown to the user. */
    String run(Case conflictCase, String login);
}
