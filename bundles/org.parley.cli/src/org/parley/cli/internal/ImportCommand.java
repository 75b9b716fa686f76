package org.parley.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.CommandFailure;
import org.parley.cli.command.CoreServices;
import org.parley.cli.command.UsageException;
import org.parley.core.model.FieldTarget;
import org.parley.core.service.CustomField;
import org.parley.core.service.CustomFields;
import org.parley.core.service.Store;

/**
 * {@code parley-cli import --format csv|json PATH [--what KIND|all]}: loads records written by
 * {@code export} (or by hand, see FORMAT.md) in ONE transaction. Every malformed record is reported with its
 * file and line; if there is any, nothing at all is imported.
 */
final class ImportCommand implements Command {

    /** Thrown inside the transaction so that it rolls back; carries the problems found. */
    private static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rejected() {
            super(null, null, false, false);
        }
    }

    @Override
    public List<String> words() {
        return List.of("import");
    }

    @Override
    public List<String> valueFlags() {
        return List.of("format", "what");
    }

    @Override
    public int minPositional() {
        return 1;
    }

    @Override
    public int maxPositional() {
        return 1;
    }

    @Override
    public String usage() {
        return "parley-cli import --format csv|json PATH [--what " + String.join("|", ExportCommand.whats()) + "]";
    }

    @Override
    public String summary() {
        return CliText.import_summary;
    }

    @Override
    public String details() {
        return CliText.import_details;
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        String format = arguments.choice("format", null, ExportCommand.FORMATS);
        if (format == null) {
            arguments.required("format");
        }
        String what = arguments.choice("what", "all", ExportCommand.whats());
        Path path;
        try {
            path = Paths.get(arguments.positional().get(0));
        } catch (InvalidPathException e) {
            throw new UsageException(this, CliText.bind(CliText.usage_badPath, arguments.positional().get(0)));
        }
        if (!Files.exists(path)) {
            throw new CommandFailure(CliText.bind(CliText.import_pathMissing, path));
        }
        List<RecordKind> kinds = RecordKind.selected(what);
        RecordReader reader = reader(format, path, what, kinds);

        CoreServices services = context.services();
        String login = services.session().login();
        Store store = services.store();
        CustomFields customFields = services.get(CustomFields.class);
        Map<RecordKind, List<CustomField>> fields = Map.of(RecordKind.CLIENTS, customFields.list(FieldTarget.CLIENT),
                RecordKind.CASES, customFields.list(FieldTarget.CASE));
        ImportErrors errors = new ImportErrors();
        List<RecordKind> found = new ArrayList<>();
        Map<RecordKind, Long> imported;
        long[] usersAlreadyThere = new long[1];
        try {
            imported = store.inTransaction(() -> store.jdbc(c -> {
                try (ImportAudit audit = new ImportAudit(c, login, services.clock().now(), "parley-cli import "
                        + path.toAbsolutePath());
                        ImportTransaction tx = new ImportTransaction(c, new RecordRules(login), errors, audit,
                                fields)) {
                    for (RecordKind kind : kinds) {
                        if (reader.read(kind, r -> tx.accept(kind, r), errors)) {
                            found.add(kind);
                        }
                    }
                    if (errors.any() || found.isEmpty()) {
                        throw new Rejected();
                    }
                    tx.finish();
                    usersAlreadyThere[0] = tx.usersAlreadyThere();
                    store.audit("data.imported", "database", 0, null, summary(found, tx.imported()),
                            "parley-cli import " + path.toAbsolutePath());
                    return tx.imported();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        } catch (Rejected e) {
            if (found.isEmpty() && !errors.any()) {
                throw new CommandFailure(CliText.bind(CliText.import_nothingFound, path, String.join(", ",
                        kinds.stream().map(k -> format.equals("csv") ? k.csvFileName() : k.word()).toList())));
            }
            errors.shown().forEach(context.out()::println);
            if (errors.count() > errors.shown().size()) {
                context.out().println(CliText.bind(CliText.import_moreErrors, errors.count() - errors.shown().size()));
            }
            throw new CommandFailure(CliText.bind(CliText.import_rejected, errors.count()));
        } catch (UncheckedIOException e) {
            throw new CommandFailure(CliText.bind(CliText.import_ioFailed, path, CommandFailure.reason(e.getCause())), e);
        }
        context.out().println(CliText.bind(CliText.import_done, summary(found, imported), usersAlreadyThere[0], path));
    }

    private RecordReader reader(String format, Path path, String what, List<RecordKind> kinds) {
        if (format.equals("json")) {
            if (Files.isDirectory(path)) {
                throw new UsageException(this, CliText.bind(CliText.import_jsonNeedsFile, path));
            }
            return new JsonRecordReader(path);
        }
        if (Files.isDirectory(path)) {
            return new CsvRecordReader(kind -> path.resolve(kind.csvFileName()));
        }
        // one CSV file holds one kind: the one --what names, or the one its file name says
        RecordKind kind = kinds.size() == 1 ? kinds.get(0)
                : RecordKind.ofWord(path.getFileName().toString().replaceFirst("(?i)\\.csv$", ""));
        if (kind == null) {
            throw new UsageException(this, CliText.bind(CliText.import_csvKindUnknown, path.getFileName()));
        }
        return new CsvRecordReader(k -> k == kind ? path : null);
    }

    private static String summary(List<RecordKind> kinds, Map<RecordKind, Long> counts) {
        List<String> parts = new ArrayList<>();
        for (RecordKind k : kinds) {
            parts.add(counts.getOrDefault(k, 0L) + " " + k.word());
        }
        return String.join(", ", parts);
    }
}
