package org.parley.complaints;

import java.time.Instant;

import org.parley.core.model.Language;

/**
 * The closing message for an outcome in a language. The body uses placeholders such as {@code {client}},
 * {@code {case}}, {@code {investigation}}, {@code {changes}}, {@code {remedy}}, {@code {remedyUse}},
 * {@code {explanation}}, {@code {agent}}. {@code shipped} is true while no admin has changed it.
 */
public record ClosingTemplate(Outcome outcome, Language language, String body, boolean shipped, String changedBy,
        Instant changedAt) {
}
