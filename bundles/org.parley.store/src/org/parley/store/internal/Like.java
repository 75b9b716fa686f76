package org.parley.store.internal;

/** What a user types into a filter is text, not a LIKE pattern. */
final class Like {

    private Like() {
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
