package org.parley.compensation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one team may spend on gestures in a period, in the catalogue's currency. A team's periods never overlap.
 *
 * @param id 0 for a budget not yet saved
 * @param version for optimistic locking; 0 for a new budget
 */
public record Budget(long id, long version, String team, LocalDate from, LocalDate to, BigDecimal amount) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
