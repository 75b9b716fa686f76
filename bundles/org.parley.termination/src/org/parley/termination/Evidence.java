package org.parley.termination;

import java.time.Instant;

/** One fact behind a finding: which case, when, and what (a quote, an item, a channel). */
public record Evidence(long caseId, String caseNumber, Instant at, String what) {
}
