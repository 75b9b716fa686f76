package org.parley.cli.internal;

import java.util.Map;

/**
 * One record read from an import file, before any checking: where it is ({@code cases.csv line 7}) and its
 * values by column (strings from CSV; strings, numbers, booleans, lists or null from JSON).
 */
record SourceRecord(String where, Map<String, Object> values) {
}
