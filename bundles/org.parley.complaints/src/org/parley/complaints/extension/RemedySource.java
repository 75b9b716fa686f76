package org.parley.complaints.extension;

import java.util.Optional;

import org.parley.core.model.Language;

/**
 * Knows the remedy a case was given, so that its closing message says what the client receives and how to redeem
 * it without the agent typing it again. Register as an OSGi service; the compensation catalogue registers one
 * that answers with the case's accepted gesture.
 */
public interface RemedySource {

    /** The remedy given on the case, written in {@code language}, or empty when this source knows of none. */
    Optional<Remedy> remedyFor(long caseId, Language language);

    /**
     * @param remedy what the client receives, as the closing message says it
     * @param howToUse how the client redeems it
     */
    record Remedy(String remedy, String howToUse) {
    }
}
