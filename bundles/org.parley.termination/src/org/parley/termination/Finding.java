package org.parley.termination;

import java.util.List;

/** One indicator measured on a client: how many, against which threshold, and the evidence. */
public record Finding(String indicatorId, String label, int count, int threshold, List<Evidence> evidence) {

    public Finding {
        evidence = List.copyOf(evidence);
    }

    /** Whether the count reached the threshold (a threshold of 0 switches the indicator off). */
    public boolean triggered() {
        return threshold > 0 && count >= threshold;
    }
}
