package org.parley.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.format.JsonWriter;
import org.parley.core.model.ContactPoint;

/** Writes all kinds into one UTF-8 JSON file (see {@link JsonWriter} for its shape). */
final class JsonRecordWriter implements RecordWriter {

    private final Path target;
    private final Path temporary;
    private final Writer writer;
    private final JsonWriter json;
    private boolean committed;

    JsonRecordWriter(Path target) throws IOException {
        this.target = target;
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        temporary = RecordWriter.partFile(target);
        writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
        json = new JsonWriter(writer);
    }

    @Override
    public void begin(RecordKind kind) throws IOException {
        json.beginKind(kind.word());
    }

    @Override
    public void write(Map<String, Object> record) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>(record);
        if (record.get("contacts") instanceof List<?> points) {
            fields.put("contacts", points.stream().map(p -> {
                ContactPoint cp = (ContactPoint) p;
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("channel", cp.getChannel());
                m.put("address", cp.getAddress());
                return m;
            }).toList());
        }
        json.record(fields);
    }

    @Override
    public void end(RecordKind kind) throws IOException {
        json.endKind();
    }

    @Override
    public void commit() throws IOException {
        json.finish();
        writer.close();
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            writer.close();
            Files.deleteIfExists(temporary);
        }
    }
}
