package org.parley.compensation.extension;

import java.util.Set;

/**
 * Proposes gestures for a case. Register as an OSGi service: every advisor is asked and their alternatives are
 * merged (the best fit of each item wins, reasons are kept). An advisor that should take the place of another
 * names it in {@link #replaces()}; Parley's own is {@value #PARLEY}.
 */
public interface GestureAdvisor {

    /** The id of Parley's root-cause advisor. */
    String PARLEY = "parley.root-cause";

    /** A stable id. */
    String id();

    /** Ids of advisors this one replaces; they are not asked while it is registered. */
    default Set<String> replaces() {
        return Set.of();
    }

    /** Alternatives from the request's catalogue, and any reason to suggest no gesture. */
    AdvisorAnswer advise(AdviceRequest request);
}
