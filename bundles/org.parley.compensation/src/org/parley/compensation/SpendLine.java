package org.parley.compensation;

import java.math.BigDecimal;

/**
 * One line of the spend report.
 *
 * @param key the team, root-cause code, item code or month ({@code 2026-03}); empty for none
 * @param budget for a team, its budgets' share of the period (pro rata by day); null where no budget applies
 * @param awaiting cost of proposed gestures still waiting for approval (not spent)
 */
public record SpendLine(String key, int gestures, BigDecimal spent, BigDecimal budget, int awaitingCount,
        BigDecimal awaiting) {

    /** Whether the spend went beyond the budget. */
    public boolean overBudget() {
        return budget != null && spent.compareTo(budget) > 0;
    }
}
