package org.parley.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where an export goes. Files are written under temporary names and only put in place by {@link #commit()},
 * so a failed export never leaves a half-written file behind in place of a good one.
 */
interface RecordWriter extends AutoCloseable {

    void begin(RecordKind kind) throws IOException;

    /** Starts a kind whose records also have {@code extraColumns} (custom fields: {@code field.<code>}). */
    default void begin(RecordKind kind, List<String> extraColumns) throws IOException {
        begin(kind);
    }

    void write(Map<String, Object> record) throws IOException;

    void end(RecordKind kind) throws IOException;

    /** Moves the finished files into place. */
    void commit() throws IOException;

    /** Closes and removes whatever was not committed. */
    @Override
    void close() throws IOException;

    /** The hidden file a target is written to first; created like any file, so it gets the usual permissions. */
    static Path partFile(Path target) {
        return target.toAbsolutePath().resolveSibling("." + target.getFileName() + ".part");
    }
}
