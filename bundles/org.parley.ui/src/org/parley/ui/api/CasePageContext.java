package org.parley.ui.api;

import java.util.Locale;

import org.parley.core.model.Case;

/**
 * What a {@link CaseEditorPage} knows about the editor it lives in: which case it shows, who is working, and
 * how to ask the editor to read the case again after the page changed something.
 */
public interface CasePageContext {

    /** The id of the case the editor shows. */
    long caseId();

    /** The case as the editor last read it, with its client and owner loaded; never null. */
    Case currentCase();

    /** The login of the signed-in user, under which changes are audited. */
    String login();

    /** The language the user works in. */
    Locale locale();

    /**
     * Asks the editor to read the case again in the background; afterwards every page's
     * {@link CaseEditorPage#caseChanged} is called. Call it after the page changed the case.
     */
    void reload();
}
