package org.parley.complaints;

/**
 * A staff member and the process step they were involved in. {@code atFault} and {@code disciplinaryNote}
 * can only be set once the investigation is closed with evidence.
 */
public record StaffInvolvement(int position, String staffLogin, String processStep, boolean atFault,
        String disciplinaryNote) {
}
