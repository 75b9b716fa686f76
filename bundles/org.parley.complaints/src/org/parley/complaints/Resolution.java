package org.parley.complaints;

import java.time.Instant;

import org.parley.core.model.Language;

/** How a case ended and the closing message the client was sent, in their language. */
public record Resolution(long caseId, long version, Outcome outcome, String remedy, String remedyUse,
        String explanation, String justification, String changes, Language language, String closingMessage,
        long lessonId, Instant resolvedAt, String resolvedBy) {
}
