package org.parley.compensation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Budgets per team and period, and what has been spent against them. Only admins change budgets. */
public interface GestureBudgets {

    /** Every budget, by team and period. */
    List<Budget> list();

    /** The team's budget covering {@code day}, if any. */
    Optional<Budget> of(String team, LocalDate day);

    /**
     * Creates ({@code id} 0) or changes a budget; audited.
     *
     * @throws org.parley.core.service.InvalidInputException for a negative amount, an empty team, a period that
     *         ends before it starts, or one that overlaps another period of the same team
     */
    Budget save(Budget budget);

    /** Removes a budget; audited. Gestures already given stay in the spend report. */
    void remove(long id);

    /** What the budget's team spent in its period: approved, offered, accepted and fulfilled gestures. */
    BigDecimal spent(Budget budget);
}
