package org.parley.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.format.CsvWriter;
import org.parley.core.model.ContactPoint;

/** Writes each kind to its own UTF-8 CSV file with a header row: {@code clients.csv}, {@code cases.csv}, ... */
final class CsvRecordWriter implements RecordWriter {

    private final Path directory;
    private final Path singleFile;
    private final Map<Path, Path> finished = new LinkedHashMap<>();
    private Writer writer;
    private CsvWriter csv;
    private Path temporary;
    private Path target;
    private RecordKind kind;
    private List<String> columns;

    /** @param singleFile the file to write when only one kind is exported to a named {@code .csv} file, else null */
    CsvRecordWriter(Path directory, Path singleFile) {
        this.directory = directory;
        this.singleFile = singleFile;
    }

    @Override
    public void begin(RecordKind k) throws IOException {
        begin(k, List.of());
    }

    @Override
    public void begin(RecordKind k, List<String> extraColumns) throws IOException {
        kind = k;
        columns = new ArrayList<>(k.columns());
        columns.addAll(extraColumns);
        target = singleFile != null ? singleFile : directory.resolve(k.csvFileName());
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        temporary = RecordWriter.partFile(target);
        writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
        csv = new CsvWriter(writer);
        csv.row(columns);
    }

    @Override
    public void write(Map<String, Object> record) throws IOException {
        List<String> cells = new ArrayList<>(columns.size());
        for (String column : columns) {
            cells.add(cell(record.get(column)));
        }
        csv.row(cells);
    }

    @SuppressWarnings("unchecked")
    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return ContactList.format((List<ContactPoint>) list);
        }
        return value.toString();
    }

    @Override
    public void end(RecordKind k) throws IOException {
        writer.close();
        writer = null;
        finished.put(temporary, target);
    }

    @Override
    public void commit() throws IOException {
        for (Map.Entry<Path, Path> e : finished.entrySet()) {
            Files.move(e.getKey(), e.getValue(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        finished.clear();
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
            Files.deleteIfExists(temporary);
        }
        for (Path p : finished.keySet()) {
            Files.deleteIfExists(p);
        }
    }
}
