package org.parley.cli.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.parley.format.CsvReader.CsvSyntaxException;
import org.parley.format.CsvReader;

/** Reads each kind from its CSV file; the header row names the columns, in any order. */
final class CsvRecordReader implements RecordReader {

    private final Function<RecordKind, Path> files;

    /** @param files the file holding a kind, or null when there is none */
    CsvRecordReader(Function<RecordKind, Path> files) {
        this.files = files;
    }

    @Override
    public boolean read(RecordKind kind, Sink sink, ImportErrors errors) throws IOException {
        Path file = files.apply(kind);
        if (file == null || !Files.isRegularFile(file)) {
            return false;
        }
        String name = file.getFileName().toString();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new java.io.BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
            CsvReader csv = new CsvReader(in);
            List<String> header;
            try {
                header = csv.next();
            } catch (CsvSyntaxException e) {
                errors.add(where(name, e.line), e.getMessage());
                return true;
            }
            if (header == null) {
                return true;
            }
            List<String> columns = header.stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList();
            if (!headerUsable(kind, columns, name, errors)) {
                return true;
            }
            while (true) {
                List<String> row;
                try {
                    row = csv.next();
                } catch (CsvSyntaxException e) {
                    errors.add(where(name, e.line), e.getMessage());
                    if (e.fatal) {
                        return true;
                    }
                    continue;
                }
                if (row == null) {
                    return true;
                }
                String where = where(name, csv.recordLine());
                if (row.size() != columns.size()) {
                    errors.add(where, CliText.bind(CliText.csv_fieldCount, row.size(), columns.size()));
                    continue;
                }
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    values.put(columns.get(i), row.get(i).isEmpty() ? null : row.get(i));
                }
                sink.accept(new SourceRecord(where, values));
            }
        } catch (CharacterCodingException e) {
            errors.add(name, CliText.csv_notUtf8);
            return true;
        }
    }

    private static boolean headerUsable(RecordKind kind, List<String> columns, String name, ImportErrors errors) {
        boolean usable = true;
        Set<String> seen = new HashSet<>();
        for (String c : columns) {
            if (!kind.hasColumn(c)) {
                errors.add(where(name, 1), CliText.bind(CliText.import_unknownColumn, c, String.join(", ", kind.columns())));
                usable = false;
            } else if (!seen.add(c)) {
                errors.add(where(name, 1), CliText.bind(CliText.import_columnTwice, c));
                usable = false;
            }
        }
        for (String required : kind.requiredColumns()) {
            if (!seen.contains(required)) {
                errors.add(where(name, 1), CliText.bind(CliText.import_columnMissing, required));
                usable = false;
            }
        }
        return usable;
    }

    static String where(String file, int line) {
        return CliText.bind(CliText.import_where, file, line);
    }
}
