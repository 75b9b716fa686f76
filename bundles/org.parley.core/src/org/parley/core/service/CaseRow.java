package org.parley.core.service;

import java.time.Instant;

import org.parley.core.model.CaseStatus;
import org.parley.core.model.Severity;

/** One line of a case list: what the navigator shows, read in one query without loading entities. */
public record CaseRow(long id, String number, String title, CaseStatus status, Severity severity, String channel,
        String clientName, String ownerLogin, int levelHandling, Instant openedAt) {
}
