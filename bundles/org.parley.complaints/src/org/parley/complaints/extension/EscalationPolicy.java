package org.parley.complaints.extension;

/**
 * Picks who takes a case when it is escalated without a named owner (a breached deadline, for example).
 * Register as an OSGi service; the one with the highest {@code service.ranking} wins. Parley's own policy
 * picks the active user of the target level with the fewest open cases.
 */
public interface EscalationPolicy {

    /**
     * @param caseId the case being escalated
     * @param toLevel the level it moves to
     * @return the login of the user who takes it, or null to leave it unassigned at that level
     */
    String ownerFor(long caseId, int toLevel);
}
