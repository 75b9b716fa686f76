package org.parley.complaints;

import java.time.Instant;

import org.parley.core.model.CaseStatus;

/**
 * A filter over the complaint book; null means "any". {@code from} inclusive, {@code to} exclusive, on the
 * time the complaint was received. {@code level} filters on the level handling the case.
 */
public record BookQuery(Instant from, Instant to, String channel, CaseStatus status, Integer level,
        String rootCause) {

    public static BookQuery all() {
        return new BookQuery(null, null, null, null, null, null);
    }
}
