package org.parley.app.internal.dialogs;

import org.parley.ui.workbench.DraftDialog;

import java.time.Instant;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.parley.core.model.Case;
import org.parley.core.service.CaseService;

/**
 * A dialog that adds one record to a case the editor shows (a contact, a promise): it knows the case, the
 * time the user opened it and the user's language, and names the case in its description.
 *
 * @param <T> the record stored
 */
abstract class CaseRecordDialog<T> extends DraftDialog<T> {

    protected final CaseService cases;
    protected final Case conflictCase;
    protected final Instant now;
    protected final Locale locale;
    private final String descriptionPattern;

    /** @param descriptionPattern a sentence with {0} for the case number and {1} for its title */
    protected CaseRecordDialog(Shell parent, CaseService cases, Case conflictCase, Instant now, Locale locale,
            String descriptionPattern) {
        super(parent);
        this.cases = cases;
        this.conflictCase = conflictCase;
        this.now = now;
        this.locale = locale;
        this.descriptionPattern = descriptionPattern;
    }

    @Override
    protected String description() {
        return NLS.bind(descriptionPattern, conflictCase.getNumber(), conflictCase.getTitle());
    }
}
