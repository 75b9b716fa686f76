package org.parley.complaints;

import java.util.List;

/**
 * Intake of complaints from every channel. Every change runs in one transaction, is audited under the
 * signed-in user and starts or updates the case's deadlines.
 */
public interface ComplaintService {

    /**
     * Stored complaints that look like this one (same client and channel, near-identical words, received
     * within the duplicate window), most similar first. The agent decides: add to one of their cases or take
     * it as a new case. Nothing is dropped silently.
     */
    List<DuplicateCandidate> likelyDuplicates(ComplaintDraft draft);

    /** Takes the complaint as a new case (status NEW, handled one level above where it arose). */
    ComplaintRecord take(ComplaintDraft draft);

    /** Takes the complaint into an existing open case of the same client (a repeat of a known conflict). */
    ComplaintRecord takeInto(long caseId, ComplaintDraft draft);

    /**
     * Takes many complaints at once (bulk intake), all or nothing. Likely duplicates are stored as new cases
     * flagged with {@code suspectedDuplicateOf}, waiting in {@link #suspectedDuplicates(int)} for an agent.
     *
     * @throws org.parley.core.service.InvalidInputException naming the record (1-based) and field at fault
     */
    List<ComplaintRecord> takeAll(List<ComplaintDraft> drafts);

    /**
     * Moves a complaint into another case of the same client; the case it leaves is closed as merged when no
     * complaint remains in it. Audited with the reason.
     */
    ComplaintRecord merge(long complaintId, long intoCaseId, String reason);

    /** Clears a duplicate suspicion: the complaint stays in its own case. */
    ComplaintRecord keepApart(long complaintId, String reason);

    /** Complaints flagged as likely duplicates and not yet decided, oldest first. */
    List<ComplaintRecord> suspectedDuplicates(int limit);

    /** The complaints of a case, first received first. */
    List<ComplaintRecord> complaintsOf(long caseId);

    /** Opens one case per affected client with its first commitment; returns the case ids, all or nothing. */
    List<Long> openProactive(ProactiveDraft draft);
}
