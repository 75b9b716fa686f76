package org.parley.compensation;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * How many gestures one client had in a period.
 *
 * @param flagged more than the rules' {@code flagAbove}: gestures are not ending this client's conflicts
 */
public record ClientGestures(long clientId, String clientName, int gestures, BigDecimal cost, Instant last,
        boolean flagged) {
}
