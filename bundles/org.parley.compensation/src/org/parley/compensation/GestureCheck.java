package org.parley.compensation;

import java.math.BigDecimal;
import java.util.List;

import org.parley.core.model.Role;

/**
 * What a gesture needs before it can be offered, computed for a proposal or an approval.
 *
 * @param cost the gesture's cost in {@code currency}
 * @param approvalRole the lowest role that may approve its cost
 * @param budget the team's budget for today, null when the team has none
 * @param spent what the team already spent in that budget's period
 * @param overBudget whether the cost would take the team beyond its budget: a department head must override
 * @param clientCount how many gestures of this item the client had in the item's period
 * @param overClientLimit whether the item's per-client limit is reached: a supervisor or above must override
 * @param notes why, in the user's language, one sentence per reason
 */
public record GestureCheck(BigDecimal cost, String currency, Role approvalRole, Budget budget, BigDecimal spent,
        boolean overBudget, int clientCount, boolean overClientLimit, List<String> notes) {

    /** The role that must override, or null when nothing is exceeded. */
    public Role overrideRole() {
        return overBudget ? Role.DEPARTMENT_HEAD : overClientLimit ? Role.SUPERVISOR : null;
    }
}
