package org.parley.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.parley.format.JsonReader.JsonSyntaxException;
import org.parley.format.JsonReader;

/** Reads each kind from its array in the JSON export file; the file is read once per kind. */
final class JsonRecordReader implements RecordReader {

    private final Path file;
    /** Set once the file proved unreadable or its keys were checked, so that each problem is reported once. */
    private boolean broken;
    private boolean keysChecked;

    JsonRecordReader(Path file) {
        this.file = file;
    }

    @Override
    public boolean read(RecordKind kind, Sink sink, ImportErrors errors) throws IOException {
        if (broken) {
            return false;
        }
        String name = file.getFileName().toString();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            Map<String, Integer> keys = new JsonReader(in).read(kind.word(), (line, value) -> {
                String where = CsvRecordReader.where(name, line);
                if (!(value instanceof Map<?, ?> map)) {
                    errors.add(where, CliText.bind(CliText.json_notAnObject, kind.word()));
                    return;
                }
                Map<String, Object> values = new LinkedHashMap<>();
                boolean known = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    String column = e.getKey().toString();
                    if (!kind.hasColumn(column)) {
                        errors.add(where, CliText.bind(CliText.import_unknownField, column, String.join(", ", kind.columns())));
                        known = false;
                    }
                    values.put(column, e.getValue());
                }
                if (known) {
                    sink.accept(new SourceRecord(where, values));
                }
            });
            if (!keysChecked) {
                keysChecked = true;
                checkTopLevel(keys, name, errors);
            }
            return keys.containsKey(kind.word());
        } catch (JsonSyntaxException e) {
            // a file broken at this point cannot be read further: the error ends this file, the import fails
            errors.add(CsvRecordReader.where(name, e.line), e.getMessage());
            broken = true;
            return true;
        } catch (CharacterCodingException e) {
            errors.add(name, CliText.csv_notUtf8);
            broken = true;
            return true;
        }
    }

    /** A misspelt kind would otherwise be skipped without a word, and its records silently not imported. */
    private static void checkTopLevel(Map<String, Integer> keys, String name, ImportErrors errors) {
        for (Map.Entry<String, Integer> k : keys.entrySet()) {
            if (!k.getKey().equals("format") && !k.getKey().equals("version") && RecordKind.ofWord(k.getKey()) == null) {
                errors.add(CsvRecordReader.where(name, k.getValue()),
                        CliText.bind(CliText.json_unknownKind, k.getKey(), String.join(", ", RecordKind.words())));
            }
        }
    }
}
