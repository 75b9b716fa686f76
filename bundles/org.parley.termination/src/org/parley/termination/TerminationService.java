package org.parley.termination;

import java.util.List;
import java.util.Optional;

/**
 * Ending a relationship only when every measure was tried and every obligation fulfilled: a supervisor starts it, the
 * checklist (built-in and contributed {@link org.parley.termination.extension.TerminationCondition}s) must be
 * satisfied, a letter in the client's language is drafted, the department head signs off. A director may override
 * the checklist with a reason. Every step is audited (entity type {@link #AUDIT_TYPE}).
 */
public interface TerminationService {

    String AUDIT_TYPE = "termination";

    /** @throws org.parley.core.service.InvalidInputException unless a supervisor or above, with a reason */
    Termination start(long clientId, String reason);

    /** The client's newest termination, in any state. */
    Optional<Termination> current(long clientId);

    /** The checklist of the started termination, mandatory items first. */
    List<ChecklistItem> checklist(long clientId);

    /** Confirms an item by hand; the user's role must be the item's confirming role or above. */
    Termination confirm(long clientId, String conditionId, String note);

    /** The termination letter drafted from the template in the client's language (not saved). */
    String draftLetter(long clientId);

    /** Saves the letter as edited (polite, tactful and firm); it may not be empty. */
    Termination saveLetter(long clientId, String letter);

    /** @throws org.parley.core.service.InvalidInputException naming every unsatisfied mandatory item */
    Termination terminate(long clientId);

    /** Ends the relationship although items are open; directors only; the reason is audited. */
    Termination override(long clientId, String reason);

    /** Takes an ended relationship up again, with a reason; supervisors and above. */
    Termination reverse(long clientId, String reason);

    /** Gives up a started termination, with a reason. */
    Termination cancel(long clientId, String reason);

    /** Whether the relationship with the client is ended now. */
    boolean isTerminated(long clientId);

    /** Every ended relationship, newest first, with the evidence. */
    List<TerminatedClient> terminated();
}
