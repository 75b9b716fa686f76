package org.parley.termination.extension;

import java.util.List;
import java.util.Locale;

import org.parley.core.model.Role;
import org.parley.termination.Termination;

/**
 * An item of the termination checklist. Register as an OSGi service: a company adds, say, "legal review done".
 * A condition either reads the record ({@link #confirmRole()} null) or is confirmed by hand by the role it names.
 */
public interface TerminationCondition {

    String id();

    String label(Locale locale);

    default boolean mandatory() {
        return true;
    }

    /** Items are listed by rank; Parley's own use multiples of 100. */
    default int rank() {
        return 1000;
    }

    /** The role that confirms the item by hand, or null when {@link #check} decides from the record. */
    default Role confirmRole() {
        return null;
    }

    /** Whether the item holds for this termination, and what still blocks it. */
    Check check(Termination termination, ClientHistory history);

    /**
     * @param details what the item rests on, in the user's language
     * @param open what still blocks it, one line each
     */
    record Check(boolean satisfied, String details, List<String> open) {

        public Check {
            open = List.copyOf(open);
        }
    }
}
