package org.parley.complaints;

/**
 * How the case ends, as the agent wrote it. Which fields are required depends on the outcome: the remedy
 * and how to use it for {@link Outcome#REMEDIED}, the explanation for {@link Outcome#EXPLAINED}, the
 * justification for {@link Outcome#NO_ACTION}. {@code changes}: what changes so it will not repeat.
 * {@code lessonId} 0 when the case feeds no lesson.
 */
public record ResolutionDraft(Outcome outcome, String remedy, String remedyUse, String explanation,
        String justification, String changes, long lessonId) {
}
