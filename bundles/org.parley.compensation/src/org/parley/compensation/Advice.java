package org.parley.compensation;

import java.util.List;

/**
 * The advisors' answer for a case: alternatives best first, and whether the record suggests no gesture.
 *
 * @param rootCause the case's established root cause, or null
 * @param noGestureReasons why the record suggests "no gesture — attention and a fix"; empty when it does not
 */
public record Advice(long caseId, String rootCause, List<Alternative> alternatives, List<String> noGestureReasons,
        int catalogueVersion) {

    public Advice {
        alternatives = List.copyOf(alternatives);
        noGestureReasons = List.copyOf(noGestureReasons);
    }

    public boolean suggestsNoGesture() {
        return !noGestureReasons.isEmpty();
    }

    /**
     * One ranked alternative.
     *
     * @param fit 0–100: how well it fits the case (100 made for its root cause)
     * @param reasons why, one sentence per advisor that proposed it
     */
    public record Alternative(CatalogueItem item, int fit, java.math.BigDecimal cost, List<String> reasons) {
    }
}
