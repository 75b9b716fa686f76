package org.parley.complaints;

import org.parley.core.model.Severity;

/**
 * How long the department gives itself, in business minutes, for a complaint through {@code channel} (null:
 * any channel) of {@code severity} (null: any severity). The most specific policy applies. {@code id} is 0
 * for a policy not stored yet.
 */
public record DeadlinePolicy(long id, long version, String channel, Severity severity, int acknowledgeMinutes,
        int firstCallbackMinutes, int resolveMinutes) {
}
