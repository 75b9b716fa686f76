package org.parley.termination;

import java.time.LocalDate;
import java.util.List;

/**
 * What was agreed at the first meeting, before the contract: deadline, scope, price and a contact person with a
 * number, confirmed by the client; and the red flags the agent saw.
 *
 * @param redFlags codes of {@link PreContractService#redFlags()} observed
 */
public record ExpectationsDraft(long clientId, LocalDate deadline, String scope, String price, String contactPerson,
        String contactNumber, boolean confirmedByClient, List<String> redFlags, String note) {

    public ExpectationsDraft {
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
    }
}
