package org.parley.complaints.cli.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.CommandFailure;
import org.parley.cli.command.CommandInput;
import org.parley.cli.command.UsageException;
import org.parley.format.CsvReader;
import org.parley.format.CsvReader.CsvSyntaxException;
import org.parley.format.JsonReader;
import org.parley.format.JsonReader.JsonSyntaxException;
import org.parley.complaints.ComplaintDraft;
import org.parley.complaints.ComplaintRecord;
import org.parley.complaints.ComplaintService;
import org.parley.core.model.Client;
import org.parley.core.model.Severity;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.ClientService;
import org.parley.core.service.InvalidInputException;

/**
 * {@code parley-cli import complaints PATH}: bulk intake from a CSV or JSON file (see FORMAT.md), all or nothing.
 * Every row is checked first and every problem reported with its line; clients are found by id or exact name,
 * or created once per new name; likely duplicates are stored and flagged for an agent, never dropped.
 */
@Component(service = Command.class)
public final class ImportComplaintsCommand extends ComplaintCommand {

    static final List<String> COLUMNS = List.of("client_id", "client_name", "language", "channel", "reference",
            "received_at", "words", "title", "severity", "level");
    private static final int MAX_ERRORS_SHOWN = 20;

    /** What a row's text columns mean once read; {@code clientId} 0 means "by name". */
    private record Parsed(long clientId, java.time.Instant received, Severity severity, int level) {
    }

    /** One row as read, with the line it starts on. */
    private record Row(int line, Map<String, String> values) {
        String get(String column) {
            String v = values.get(column);
            return v == null || v.isBlank() ? null : v;
        }
    }

    public ImportComplaintsCommand() {
        super("import complaints", "parley-cli import complaints PATH [--format csv|json]", CommandText.import_summary,
                1, "format");
    }

    @Override
    public String details() {
        return CommandText.import_details;
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        Path file = path(arguments.positional().get(0));
        if (!Files.isRegularFile(file)) {
            throw new CommandFailure(CommandText.bind(CommandText.import_noFile, file));
        }
        String format = arguments.choice("format",
                file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? "json" : "csv",
                List.of("csv", "json"));
        List<String> errors = new ArrayList<>();
        List<Row> rows = format.equals("json") ? readJson(file, errors) : readCsv(file, errors);
        List<Parsed> parsed = new ArrayList<>();
        for (Row row : rows) {
            parsed.add(parse(row, errors, file));
        }
        if (!errors.isEmpty()) {
            errors.stream().limit(MAX_ERRORS_SHOWN).forEach(context.out()::println);
            throw new CommandFailure(CommandText.bind(CommandText.import_rejected, errors.size(), file));
        }
        ClientService clients = context.services().clients();
        ComplaintService complaints = context.services().get(ComplaintService.class);
        List<ComplaintRecord> taken;
        try {
            taken = context.services().store().inTransaction(() -> {
                Map<String, Long> byName = new HashMap<>();
                List<ComplaintDraft> drafts = new ArrayList<>();
                for (int i = 0; i < rows.size(); i++) {
                    Row row = rows.get(i);
                    Parsed p = parsed.get(i);
                    long clientId = p.clientId();
                    if (clientId == 0) {
                        String name = row.get("client_name").strip();
                        clientId = byName.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> clientNamed(clients, name,
                                row.get("language"), row, file));
                    }
                    drafts.add(new ComplaintDraft(clientId, null, row.get("channel"), row.get("reference"),
                            p.received(), row.values().get("words"), row.get("title"), p.severity(), p.level()));
                }
                return complaints.takeAll(drafts);
            });
        } catch (InvalidInputException e) {
            throw new CommandFailure(CommandText.bind(CommandText.import_refused, file, e.getMessage()), e);
        }
        long flagged = taken.stream().filter(r -> r.suspectedDuplicateOf() > 0).count();
        context.out().println(CommandText.bind(CommandText.import_done, taken.size(), file, flagged));
    }

    /** An existing client with exactly this name, or a new one; two clients of that name are ambiguous. */
    private long clientNamed(ClientService clients, String name, String language, Row row, Path file) {
        List<Client> same = clients.search(name, 50).stream().filter(c -> c.getName().equalsIgnoreCase(name)).toList();
        if (same.size() > 1) {
            throw new CommandFailure(CommandText.bind(CommandText.import_clientAmbiguous, where(file, row.line()), name));
        }
        if (same.size() == 1) {
            return same.get(0).getId();
        }
        return clients.create(new ClientDraft(name, language)).getId();
    }

    /** The row's values read; problems go to {@code errors}. */
    private Parsed parse(Row row, List<String> errors, Path file) {
        String at = where(file, row.line());
        long clientId = 0;
        if (row.get("client_id") != null) {
            try {
                clientId = Long.parseLong(row.get("client_id").strip());
            } catch (NumberFormatException e) {
                errors.add(CommandText.bind(CommandText.import_badValue, at, "client_id", row.get("client_id")));
            }
        } else if (row.get("client_name") == null) {
            errors.add(CommandText.bind(CommandText.import_clientMissing, at));
        }
        for (String required : List.of("channel", "received_at", "words")) {
            if (row.get(required) == null) {
                errors.add(CommandText.bind(CommandText.import_missing, at, required));
            }
        }
        java.time.Instant received = null;
        if (row.get("received_at") != null) {
            try {
                received = instant("received_at", row.get("received_at"));
            } catch (UsageException e) {
                errors.add(CommandText.bind(CommandText.import_badValue, at, "received_at", row.get("received_at")));
            }
        }
        Severity severity = Severity.NORMAL;
        if (row.get("severity") != null) {
            try {
                severity = Severity.valueOf(row.get("severity").strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(CommandText.bind(CommandText.import_badValue, at, "severity", row.get("severity")));
            }
        }
        int level = 0;
        if (row.get("level") != null) {
            try {
                level = Integer.parseInt(row.get("level").strip());
            } catch (NumberFormatException e) {
                errors.add(CommandText.bind(CommandText.import_badValue, at, "level", row.get("level")));
            }
        }
        return new Parsed(clientId, received, severity, level);
    }

    private List<Row> readCsv(Path file, List<String> errors) {
        List<Row> rows = new ArrayList<>();
        try (Reader in = reader(file)) {
            CsvReader csv = new CsvReader(in);
            List<String> header = csv.next();
            if (header == null) {
                return rows;
            }
            for (String column : header) {
                if (!COLUMNS.contains(column.strip())) {
                    errors.add(CommandText.bind(CommandText.import_unknownColumn, where(file, 1), column,
                            String.join(", ", COLUMNS)));
                }
            }
            for (List<String> fields = csv.next(); fields != null; fields = csv.next()) {
                if (fields.size() != header.size()) {
                    errors.add(CommandText.bind(CommandText.import_fieldCount, where(file, csv.recordLine()), fields.size(),
                            header.size()));
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i).strip(), fields.get(i));
                }
                rows.add(new Row(csv.recordLine(), values));
            }
        } catch (CsvSyntaxException e) {
            errors.add(where(file, e.line) + ": " + e.getMessage());
        } catch (CharacterCodingException e) {
            errors.add(CommandInput.notUtf8(file));
        } catch (IOException e) {
            throw CommandInput.unreadable(file, e);
        }
        return rows;
    }

    private List<Row> readJson(Path file, List<String> errors) {
        List<Row> rows = new ArrayList<>();
        try (Reader in = reader(file)) {
            Map<String, Integer> keys = new JsonReader(in).read("complaints", (line, value) -> {
                if (!(value instanceof Map<?, ?> object)) {
                    errors.add(CommandText.bind(CommandText.import_notAnObject, where(file, line)));
                    return;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : object.entrySet()) {
                    String key = String.valueOf(e.getKey());
                    if (!COLUMNS.contains(key)) {
                        errors.add(CommandText.bind(CommandText.import_unknownColumn, where(file, line), key,
                                String.join(", ", COLUMNS)));
                    }
                    values.put(key, e.getValue() == null ? null : String.valueOf(
                            e.getValue() instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                                    ? Long.toString(n.longValue()) : e.getValue()));
                }
                rows.add(new Row(line, values));
            });
            if (!keys.containsKey("complaints")) {
                errors.add(CommandText.bind(CommandText.import_noComplaintsKey, file));
            }
        } catch (JsonSyntaxException e) {
            errors.add(where(file, e.line) + ": " + e.getMessage());
        } catch (CharacterCodingException e) {
            errors.add(CommandInput.notUtf8(file));
        } catch (IOException e) {
            throw CommandInput.unreadable(file, e);
        }
        return rows;
    }

    /** Strict UTF-8: a file in another encoding is refused rather than imported with garbled words. */
    private static Reader reader(Path file) throws IOException {
        return new java.io.BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    private static String where(Path file, int line) {
        return CommandText.bind(CommandText.import_where, file.getFileName(), line);
    }
}
