package org.parley.compensation;

import java.math.BigDecimal;

/**
 * The department's limits on gestures, versioned with the catalogue.
 *
 * @param currency ISO 4217 code costs, limits and budgets are counted in
 * @param agentLimit the highest cost an agent approves alone
 * @param supervisorLimit the highest cost a supervisor approves; above it the department head decides
 * @param windowDays the period, in days, over which a client's gestures are counted
 * @param noGestureAfter from this many gestures in the window while the conflict goes on, the advisor says
 *        "no gesture — attention and a fix"
 * @param flagAbove clients with more gestures than this in the window are flagged in the report
 */
public record GestureRules(String currency, BigDecimal agentLimit, BigDecimal supervisorLimit, int windowDays,
        int noGestureAfter, int flagAbove) {

    /** What a new department starts with. */
    public static GestureRules defaults() {
        return new GestureRules("EUR", new BigDecimal("50"), new BigDecimal("300"), 365, 3, 3);
    }
}
