package org.parley.complaints;

/** An organisational level and the name the department gives it (0 = front line). */
public record EscalationLevel(int level, String name) {
}
