package org.parley.compensation;

import java.util.Set;

/** Where a gesture is in its life: proposed → approved / rejected → offered → accepted / declined → fulfilled. */
public enum GestureState {
    PROPOSED, APPROVED, REJECTED, OFFERED, ACCEPTED, DECLINED, FULFILLED;

    /** Whether the gesture counts against budgets and per-client limits. */
    public boolean spends() {
        return this != REJECTED && this != DECLINED && this != PROPOSED;
    }

    /** Whether nothing more will happen to it. */
    public boolean isFinal() {
        return this == REJECTED || this == DECLINED || this == FULFILLED;
    }

    /** The states the workflow allows next. */
    public Set<GestureState> next() {
        return switch (this) {
            case PROPOSED -> Set.of(APPROVED, REJECTED);
            case APPROVED -> Set.of(OFFERED);
            case OFFERED -> Set.of(ACCEPTED, DECLINED);
            case ACCEPTED -> Set.of(FULFILLED);
            default -> Set.of();
        };
    }
}
