package org.parley.cli.internal;

import java.io.IOException;

/** Where an import comes from: reads the records of one kind, reporting malformed ones to the errors. */
interface RecordReader {

    @FunctionalInterface
    interface Sink {
        void accept(SourceRecord record);
    }

    /** @return whether the source holds records of this kind at all */
    boolean read(RecordKind kind, Sink sink, ImportErrors errors) throws IOException;
}
