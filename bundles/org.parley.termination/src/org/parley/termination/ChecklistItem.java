package org.parley.termination;

import java.util.List;

import org.parley.core.model.Role;

/**
 * One item of the termination checklist.
 *
 * @param open what still blocks it, one line each (an open promise, an unfulfilled gesture, an open case)
 * @param confirmRole the role that confirms it by hand, or null when the record decides
 */
public record ChecklistItem(String conditionId, String label, boolean mandatory, boolean satisfied, String details,
        List<String> open, Role confirmRole) {

    public ChecklistItem {
        open = List.copyOf(open);
    }
}
