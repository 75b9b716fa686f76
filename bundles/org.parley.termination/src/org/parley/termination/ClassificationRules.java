package org.parley.termination;

import java.util.Map;

/**
 * What admins set: the window the record is read over, each indicator's threshold (0 switches it off), how many
 * indicators make a problem client, and how many documented resolution attempts a termination needs.
 */
public record ClassificationRules(int windowDays, int problemAt, Map<String, Integer> thresholds,
        int minimumAttempts) {

    public ClassificationRules {
        thresholds = Map.copyOf(thresholds);
    }

    public int threshold(String indicatorId, int fallback) {
        return thresholds.getOrDefault(indicatorId, fallback);
    }
}
