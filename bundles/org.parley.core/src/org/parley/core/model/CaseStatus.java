package org.parley.core.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a conflict stands. The order follows the practice: acknowledge fast, listen and investigate,
 * wait for the client when needed, resolve, then close with the client told what was done.
 */
public enum CaseStatus {
    NEW, ACKNOWLEDGED, INVESTIGATING, WAITING_FOR_CLIENT, RESOLVED, CLOSED;

    /** The statuses this one may move to; a closed case can only be reopened for investigation. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(ACKNOWLEDGED, INVESTIGATING, RESOLVED, CLOSED);
            case ACKNOWLEDGED -> EnumSet.of(INVESTIGATING, WAITING_FOR_CLIENT, RESOLVED, CLOSED);
            case INVESTIGATING -> EnumSet.of(WAITING_FOR_CLIENT, RESOLVED, CLOSED);
            case WAITING_FOR_CLIENT -> EnumSet.of(INVESTIGATING, RESOLVED, CLOSED);
            case RESOLVED -> EnumSet.of(CLOSED, INVESTIGATING);
            case CLOSED -> EnumSet.of(INVESTIGATING);
        };
    }

    public boolean canMoveTo(CaseStatus target) {
        return next().contains(target);
    }

    /** Open means someone still owes the client an answer. */
    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }
}
