package org.parley.complaints;

import java.util.List;
import java.util.Optional;

/**
 * Investigation before verdict. Facts are kept apart from the client's emotions; nobody is marked at fault
 * and no disciplinary note is attached until the investigation is closed with evidence.
 */
public interface InvestigationService {

    /** The case's investigation, or empty when none was started. */
    Optional<Investigation> of(long caseId);

    /** Starts the investigation if needed and stores what was written ({@code expectedVersion} 0 to start). */
    Investigation save(long caseId, long expectedVersion, InvestigationDraft draft);

    Investigation addEvidence(long caseId, String description, String reference);

    Investigation involve(long caseId, String staffLogin, String processStep);

    /**
     * Closes the investigation with its conclusion.
     *
     * @throws org.parley.core.service.InvalidInputException without facts, root cause or at least one piece
     *         of evidence
     */
    Investigation close(long caseId, long expectedVersion, String conclusion);

    /**
     * Records the verdict on a staff member; audited.
     *
     * @throws org.parley.core.service.InvalidInputException while the investigation is open or has no evidence
     */
    Investigation judge(long caseId, int position, boolean atFault, String disciplinaryNote);

    /** Root-cause categories in display order; retired ones included (inactive). */
    List<RootCause> rootCauses();

    /** Replaces the categories; admins only. A category in use can be retired, never deleted. */
    List<RootCause> saveRootCauses(List<RootCause> rootCauses);
}
