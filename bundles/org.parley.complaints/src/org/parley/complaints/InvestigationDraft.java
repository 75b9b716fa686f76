package org.parley.complaints;

/**
 * What the investigator wrote: the facts, apart from the client's emotions, the root-cause category and the
 * process steps involved. Any field may be empty while the investigation is open.
 */
public record InvestigationDraft(String facts, String clientEmotions, String rootCause, String processSteps) {
}
