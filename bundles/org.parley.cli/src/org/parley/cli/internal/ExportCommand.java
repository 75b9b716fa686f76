package org.parley.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.CommandFailure;
import org.parley.cli.command.UsageException;
import org.parley.core.model.FieldTarget;
import org.parley.core.service.CustomField;
import org.parley.core.service.CustomFields;
import org.parley.core.service.Store;

/**
 * {@code parley-cli export --format csv|json --out PATH [--what KIND|all]}: streams records out of the database
 * in one read transaction, so the files are a consistent snapshot. The format is described in FORMAT.md.
 */
final class ExportCommand implements Command {

    static final List<String> FORMATS = List.of("csv", "json");

    @Override
    public List<String> words() {
        return List.of("export");
    }

    @Override
    public List<String> valueFlags() {
        return List.of("format", "out", "what");
    }

    @Override
    public String usage() {
        return "parley-cli export --format csv|json --out PATH [--what " + String.join("|", whats()) + "]";
    }

    @Override
    public String summary() {
        return CliText.export_summary;
    }

    @Override
    public String details() {
        return CliText.export_details;
    }

    static List<String> whats() {
        List<String> w = new ArrayList<>(RecordKind.words());
        w.add("all");
        return w;
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        String format = arguments.choice("format", null, FORMATS);
        if (format == null) {
            arguments.required("format");
        }
        Path out = path(arguments.required("out"));
        List<RecordKind> kinds = RecordKind.selected(arguments.choice("what", "all", whats()));
        boolean singleCsvFile = format.equals("csv") && kinds.size() == 1 && out.toString().endsWith(".csv");
        if (format.equals("csv") && !singleCsvFile && Files.isRegularFile(out)) {
            throw new UsageException(this, CliText.bind(CliText.export_outIsFile, out));
        }
        if (format.equals("json") && Files.isDirectory(out)) {
            throw new UsageException(this, CliText.bind(CliText.export_outIsDirectory, out));
        }
        Store store = context.services().store();
        CustomFields fields = context.services().get(CustomFields.class);
        List<String> clientFields = fields.active(FieldTarget.CLIENT).stream().map(CustomField::code).toList();
        List<String> caseFields = fields.active(FieldTarget.CASE).stream().map(CustomField::code).toList();
        Map<RecordKind, Long> counts = new LinkedHashMap<>();
        try (RecordWriter writer = format.equals("json") ? new JsonRecordWriter(out)
                : new CsvRecordWriter(out, singleCsvFile ? out : null)) {
            store.inTransaction(() -> store.jdbc(c -> {
                RecordSource source = new RecordSource(c)
                        .withFields(RecordKind.CLIENTS, clientFields, ids -> fields.values(FieldTarget.CLIENT, ids))
                        .withFields(RecordKind.CASES, caseFields, ids -> fields.values(FieldTarget.CASE, ids));
                try {
                    for (RecordKind kind : kinds) {
                        writer.begin(kind, source.fieldColumns(kind));
                        counts.put(kind, source.forEach(kind, writer::write));
                        writer.end(kind);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            }));
            writer.commit();
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw new CommandFailure(CliText.bind(CliText.export_ioFailed, out, CommandFailure.reason(io)), io);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((k, n) -> parts.add(n + " " + k.word()));
        context.out().println(CliText.bind(CliText.export_done, String.join(", ", parts), out.toAbsolutePath()));
    }

    Path path(String text) {
        try {
            return Paths.get(text);
        } catch (InvalidPathException e) {
            throw new UsageException(this, CliText.bind(CliText.usage_badPath, text));
        }
    }
}
