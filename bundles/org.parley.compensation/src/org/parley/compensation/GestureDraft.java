package org.parley.compensation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an agent proposes: an item of the current catalogue for a case.
 *
 * @param value within the item's range; null takes the lowest value (or none for kinds without a value)
 * @param promisedDate required for a new-delivery-date gesture, in the future
 * @param note why this gesture, in the agent's words (optional)
 */
public record GestureDraft(long caseId, String itemCode, BigDecimal value, LocalDate promisedDate, String note) {
}
