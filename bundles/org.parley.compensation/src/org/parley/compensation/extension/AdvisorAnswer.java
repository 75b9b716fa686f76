package org.parley.compensation.extension;

import java.util.List;

/**
 * One advisor's proposals.
 *
 * @param alternatives item codes of the request's catalogue with a fit (0–100) and a reason
 * @param noGestureReason why the record suggests "no gesture — attention and a fix", or null
 */
public record AdvisorAnswer(List<Proposal> alternatives, String noGestureReason) {

    public AdvisorAnswer {
        alternatives = List.copyOf(alternatives);
    }

    /** One proposed item. */
    public record Proposal(String itemCode, int fit, String reason) {
    }
}
