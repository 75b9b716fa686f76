package org.parley.termination;

import java.util.List;
import java.util.Optional;

/** Setting expectations before the contract, screening for red flags, and a polite refusal when they show. */
public interface PreContractService {

    /**
     * Records the expectations agreed at the first meeting; audited.
     *
     * @throws org.parley.core.service.InvalidInputException without a deadline, scope, price, contact person or a
     *         plausible contact number, or with an unknown red flag
     */
    Expectations record(ExpectationsDraft draft);

    /** The client's newest expectations record. */
    Optional<Expectations> of(long clientId);

    /** The screening checklist: the red flags an agent looks for, in the user's language. */
    List<RedFlag> redFlags();

    /** A polite refusal to the client, in the client's language, naming none of the red flags. */
    String refusalLetter(long clientId);
}
