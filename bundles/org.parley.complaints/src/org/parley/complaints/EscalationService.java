package org.parley.complaints;

import java.util.List;

/**
 * Conflicts are resolved one level above the level where they arose. Escalation moves a case one level up;
 * handing down moves it one level down, and only to a user trained for conflicts. Every transfer is stored
 * and audited with its reason.
 */
public interface EscalationService {

    /** The configured levels, lowest first (shipped defaults when none are configured). */
    List<EscalationLevel> levels();

    /** Replaces the levels; admins only. Levels must be 0, 1, 2... without gaps, each with a name. */
    List<EscalationLevel> saveLevels(List<EscalationLevel> levels);

    /** The name of a level, or its number when the level is not configured. */
    String levelName(int level);

    /**
     * Moves the case one level up, to {@code toOwnerLogin} (null: unassigned at that level, or whom the
     * escalation policy picks).
     */
    Transfer escalate(long caseId, long expectedVersion, String toOwnerLogin, String reason);

    /** Moves the case one level down to a user of that level trained for conflicts. */
    Transfer handDown(long caseId, long expectedVersion, String toOwnerLogin, String reason);

    /** The case's transfers, oldest first. */
    List<Transfer> transfers(long caseId);
}
