package org.parley.complaints;

import java.time.Instant;
import java.util.List;

/** The investigation of a case as it stands; {@code closedAt} null while open. */
public record Investigation(long id, long version, long caseId, String facts, String clientEmotions,
        String rootCause, String processSteps, String conclusion, List<Evidence> evidence,
        List<StaffInvolvement> staff, Instant openedAt, String openedBy, Instant closedAt, String closedBy) {

    public boolean isClosed() {
        return closedAt != null;
    }
}
