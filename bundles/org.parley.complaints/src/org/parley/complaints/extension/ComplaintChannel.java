package org.parley.complaints.extension;

import java.util.Locale;

/**
 * A way complaints reach the department: a letter, a WhatsApp message, a public review... Register an
 * implementation as an OSGi service (a DS {@code @Component}) to add a channel; Parley's own channels are
 * registered the same way. A channel is stored by its {@link #code()}, so removing a plug-in leaves its
 * complaints readable.
 */
public interface ComplaintChannel {

    /** Stable code, lower-case letters, digits and dashes (e.g. {@code whatsapp}); at most 40 characters. */
    String code();

    /** The channel's name in the user's language. */
    String label(Locale locale);

    /** What the channel's reference is, in the user's language: "Phone number", "Message id", "Review link". */
    String referenceLabel(Locale locale);

    /**
     * Checks a reference as typed (never null or blank).
     *
     * @return null when it is acceptable, else a message saying what is wrong in the user's language
     */
    default String checkReference(String reference, Locale locale) {
        return null;
    }

    /** Channels are listed by this order, then by code; Parley's own use 10, 20, ... */
    default int order() {
        return 1000;
    }
}
