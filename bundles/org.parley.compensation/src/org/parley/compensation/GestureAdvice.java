package org.parley.compensation;

/**
 * Ranks the current catalogue's gestures for a case by asking every registered
 * {@link org.parley.compensation.extension.GestureAdvisor}: best fit first, then lowest cost.
 */
public interface GestureAdvice {

    /** @throws org.parley.core.service.NotFoundException when there is no such case */
    Advice adviseFor(long caseId);
}
