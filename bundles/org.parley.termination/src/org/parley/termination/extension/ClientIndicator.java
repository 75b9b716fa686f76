package org.parley.termination.extension;

import java.util.List;
import java.util.Locale;

import org.parley.termination.Evidence;

/**
 * A warning sign measured on a client's record. Register as an OSGi service; the classification shows every
 * indicator's count and evidence, and admins set its threshold (starting from {@link #defaultThreshold()}).
 */
public interface ClientIndicator {

    /** A stable id, e.g. {@code acme.chargebacks}. */
    String id();

    String label(Locale locale);

    /** The threshold a department starts with; 0 leaves the indicator off until an admin sets one. */
    int defaultThreshold();

    /** The facts that count, one per occurrence; their number is compared with the threshold. */
    List<Evidence> measure(ClientHistory history);
}
