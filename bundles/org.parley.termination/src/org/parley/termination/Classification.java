package org.parley.termination;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A client classified from the record over the rules' window: every indicator's finding, never a bare score.
 *
 * @param termination the relationship's current termination, if one was started
 */
public record Classification(long clientId, String clientName, ClientKind kind, List<Finding> findings,
        int problemAt, Instant from, Instant to, Optional<Termination> termination) {

    public Classification {
        findings = List.copyOf(findings);
    }

    public long triggeredCount() {
        return findings.stream().filter(Finding::triggered).count();
    }
}
