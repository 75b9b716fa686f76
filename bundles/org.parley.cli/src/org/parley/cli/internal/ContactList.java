package org.parley.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.parley.core.model.ContactPoint;

/**
 * A client's contact points in one CSV field: {@code channel:address} entries separated by {@code ;}, e.g.
 * {@code phone:+40 721 000 111; email:ana@example.ro}. A {@code ;} or {@code \} inside an address is written
 * {@code \;} or {@code \\}.
 */
final class ContactList {

    private ContactList() {
    }

    static String format(List<ContactPoint> points) {
        StringBuilder b = new StringBuilder();
        for (ContactPoint p : points) {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(p.getChannel()).append(':').append(p.getAddress().replace("\\", "\\\\").replace(";", "\\;"));
        }
        return b.toString();
    }

    /** @throws IllegalArgumentException naming the entry without a channel */
    static List<ContactPoint> parse(String text) {
        List<ContactPoint> points = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return points;
        }
        List<String> entries = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\\' && i + 1 < text.length()) {
                current.append(text.charAt(++i));
            } else if (ch == ';') {
                entries.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        entries.add(current.toString());
        for (String entry : entries) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(CliText.bind(CliText.import_contactMalformed, entry.strip()));
            }
            points.add(new ContactPoint(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip()));
        }
        return points;
    }
}
