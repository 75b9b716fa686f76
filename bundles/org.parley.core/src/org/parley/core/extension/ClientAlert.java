package org.parley.core.extension;

import java.util.List;

/**
 * Something an agent must know before recording a new case or complaint for a client: the relationship was ended,
 * the client is classified as a problem client. Register as an OSGi service; the new-case and complaint dialogs show
 * every alert of every registered service as soon as the client is chosen. Called off the UI thread.
 */
public interface ClientAlert {

    /** Sentences in the user's language, each saying what and why (with dates); empty when there is nothing. */
    List<String> alertsFor(long clientId);
}
