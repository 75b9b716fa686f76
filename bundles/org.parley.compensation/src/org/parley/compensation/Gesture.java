package org.parley.compensation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.parley.core.model.Role;

/**
 * A gesture proposed on a case, pinned to the catalogue version its item came from.
 *
 * @param value the value offered (percent or money in {@code currency}); null for kinds without a value
 * @param cost what it costs the company, in the catalogue's currency: the item's cost plus any money paid
 * @param promisedDate the firm new date, for a new-delivery-date gesture
 * @param approvalRole the lowest role that may approve it
 * @param rootCause the case's root cause when it was proposed (null when not yet established)
 * @param team the proposing agent's team, whose budget it spends
 * @param overBudget whether it went beyond the team's budget when last checked
 * @param overClientLimit whether it went beyond the item's per-client limit when last checked
 * @param overrideReason why a department head or supervisor allowed it beyond budget or limit
 * @param reason why it was rejected or declined
 */
public record Gesture(long id, long version, long caseId, long clientId, int catalogueVersion, String itemCode,
        GestureKind kind, BigDecimal value, String currency, BigDecimal cost, LocalDate promisedDate,
        GestureState state, Role approvalRole, String rootCause, String team, boolean overBudget,
        boolean overClientLimit, String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt,
        String overrideReason, String reason, String note, Instant updatedAt) {
}
