package org.parley.cli.internal;

import java.util.ArrayList;
import java.util.List;

/** Every problem found in the import files, each tied to its file and line; the first {@value #SHOWN} are kept. */
final class ImportErrors {

    static final int SHOWN = 200;

    private final List<String> lines = new ArrayList<>();
    private long count;

    void add(String where, String message) {
        count++;
        if (lines.size() < SHOWN) {
            lines.add(where + ": " + CommandRouter.oneLine(message));
        }
    }

    boolean any() {
        return count > 0;
    }

    long count() {
        return count;
    }

    List<String> shown() {
        return lines;
    }
}
