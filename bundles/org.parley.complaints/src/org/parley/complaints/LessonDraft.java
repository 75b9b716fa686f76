package org.parley.complaints;

/** A lesson as entered. */
public record LessonDraft(String rootCause, String title, String ownerLogin, String correctiveAction,
        ActionStatus status) {
}
