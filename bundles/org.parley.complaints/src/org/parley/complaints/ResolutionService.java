package org.parley.complaints;

import java.util.List;
import java.util.Optional;

import org.parley.core.model.Language;

/** Closing a case with an outcome and a message to the client drafted from a template in their language. */
public interface ResolutionService {

    /** The closing message for this case and draft, from the template in the client's language. */
    String draftClosingMessage(long caseId, ResolutionDraft draft);

    /**
     * Records the outcome and the (possibly edited) closing message and closes the case; audited.
     *
     * @throws org.parley.core.service.InvalidInputException when the outcome's required fields are missing
     */
    Resolution close(long caseId, long expectedCaseVersion, ResolutionDraft draft, String closingMessage);

    Optional<Resolution> of(long caseId);

    /**
     * The remedy the case was given according to the installed {@link org.parley.complaints.extension.RemedySource}s,
     * in the client's language; a remedied case whose draft leaves remedy and its use empty is closed with it.
     */
    Optional<org.parley.complaints.extension.RemedySource.Remedy> remedyGiven(long caseId);

    /** Every outcome in every language: the admin's version where one exists, else the shipped one. */
    List<ClosingTemplate> templates();

    /** Changes a template; admins only. */
    ClosingTemplate saveTemplate(Outcome outcome, Language language, String body);

    /** Goes back to the shipped template; admins only. */
    ClosingTemplate resetTemplate(Outcome outcome, Language language);
}
