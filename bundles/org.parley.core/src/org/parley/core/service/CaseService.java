package org.parley.core.service;

import java.util.List;
import java.util.Optional;

import org.parley.core.model.Case;
import org.parley.core.model.CaseStatus;
import org.parley.core.model.Commitment;
import org.parley.core.model.CommitmentState;
import org.parley.core.model.Interaction;
import org.parley.core.model.Severity;

/**
 * Cases, their timeline of interactions and their commitments. Every change runs in a transaction, is audited
 * under {@link Session#login()}, and is refused with {@link ConcurrentChangeException} when the record changed
 * since {@code expectedVersion} was read.
 */
public interface CaseService {

    /** Opens a case; it gets its number, status NEW and is handled one level above where it arose. */
    Case open(CaseDraft draft);

    /** The case with its client and owner loaded, or empty. */
    Optional<Case> find(long caseId);

    Case update(long caseId, long expectedVersion, String title, String description, Severity severity);

    /**
     * Moves the case along its lifecycle; acknowledging stamps {@code acknowledgedAt}, closing stamps
     * {@code closedAt}.
     *
     * @throws InvalidInputException when the lifecycle does not allow the move
     */
    Case changeStatus(long caseId, long expectedVersion, CaseStatus target, String reason);

    /** Gives the case to a user ({@code ownerLogin} null: unassigned); the reason is audited. */
    Case assign(long caseId, long expectedVersion, String ownerLogin, String reason);

    /** How many cases match; counted in the database. */
    long count(CaseQuery query);

    /** One page of matching cases, sorted and cut in the database. */
    List<CaseRow> list(CaseQuery query, int offset, int limit);

    Interaction addInteraction(long caseId, InteractionDraft draft);

    /** The case's interactions, oldest first. */
    List<Interaction> interactions(long caseId);

    Commitment addCommitment(long caseId, CommitmentDraft draft);

    /** Ends an open commitment as kept or broken. */
    Commitment settleCommitment(long commitmentId, long expectedVersion, CommitmentState outcome, String note);

    /** The case's commitments, soonest due first. */
    List<Commitment> commitments(long caseId);

    /** Open commitments a user must keep, soonest due first, across all cases. */
    List<Commitment> openCommitmentsOf(String login, int limit);
}
