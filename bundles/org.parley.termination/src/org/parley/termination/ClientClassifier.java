package org.parley.termination;

/** Classifies clients from their record with every installed {@link org.parley.termination.extension.ClientIndicator}. */
public interface ClientClassifier {

    /** @throws org.parley.core.service.NotFoundException when there is no such client */
    Classification classify(long clientId);

    ClassificationRules rules();

    /** The installed indicators, id to label in the user's language, in id order. */
    java.util.Map<String, String> indicators();

    /**
     * Changes the thresholds; admins only; audited.
     *
     * @throws org.parley.core.service.InvalidInputException for a window outside 1–3660 days, a negative threshold,
     *         an unknown indicator or a problem count below 1
     */
    ClassificationRules saveRules(ClassificationRules rules);
}
