package org.parley.termination.extension;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A client's record over the classification window, read once for all indicators: cases, complaints with the
 * client's words, contacts, and gestures (empty when the compensation catalogue is not installed).
 */
public record ClientHistory(long clientId, String clientName, String language, Instant from, Instant to,
        List<CaseLine> cases, List<ComplaintLine> complaints, List<ContactLine> contacts, List<GestureLine> gestures) {

    public ClientHistory {
        cases = List.copyOf(cases);
        complaints = List.copyOf(complaints);
        contacts = List.copyOf(contacts);
        gestures = List.copyOf(gestures);
    }

    /** @param channel the channel the case came in on, e.g. {@code public-review} */
    public record CaseLine(long caseId, String number, String title, Instant openedAt, String status,
            String channel) {
    }

    public record ComplaintLine(long caseId, String caseNumber, Instant receivedAt, String channel, String words) {
    }

    /** @param direction INBOUND (from the client) or OUTBOUND (to the client) */
    public record ContactLine(long caseId, String caseNumber, Instant at, String direction, String clientWords) {
    }

    /** @param state the gesture's workflow state, e.g. {@code OFFERED} */
    public record GestureLine(long caseId, String caseNumber, Instant proposedAt, String item, BigDecimal cost,
            String state) {

        /** Approved or beyond: given, or about to be (not proposed, rejected or declined). */
        public boolean spends() {
            return !state.equals("PROPOSED") && !state.equals("REJECTED") && !state.equals("DECLINED");
        }

        /** Put to the client: offered, accepted, declined or fulfilled. */
        public boolean offered() {
            return state.equals("OFFERED") || state.equals("ACCEPTED") || state.equals("DECLINED")
                    || state.equals("FULFILLED");
        }
    }
}
