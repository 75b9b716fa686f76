package org.parley.script.extension;

import java.util.Locale;

/**
 * A kind of script step a company adds (e.g. {@code verify-identity}). Register as an OSGi service; scripts may
 * then use its code, and a script using a kind whose bundle is gone is refused with a clear message.
 */
public interface StepKind {

    /** Lower-case letters, digits and dashes, not one of Parley's own kinds. */
    String code();

    String label(Locale locale);
}
