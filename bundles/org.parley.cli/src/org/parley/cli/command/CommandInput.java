package org.parley.cli.command;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.parley.cli.internal.CliText;
import org.parley.core.model.Case;
import org.parley.core.service.CaseService;

/**
 * How commands read what users type (a case reference, a number, a time, a file) with a clear message naming
 * what was wrong, and write files so that a failure leaves no half-written one. Times are read and shown in the
 * machine's time zone.
 */
public final class CommandInput {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CommandInput() {
    }

    /** The case named by {@code P-0000123} or its plain id. */
    public static Case caseOf(Command command, String reference, CaseService cases) {
        String r = reference.strip();
        long id = Case.idOfNumber(r.toUpperCase(Locale.ROOT));
        if (id < 0) {
            try {
                id = Long.parseLong(r);
            } catch (NumberFormatException e) {
                throw new UsageException(command, CliText.bind(CliText.input_caseReference, reference));
            }
        }
        long found = id;
        return cases.find(id)
                .orElseThrow(() -> new CommandFailure(CliText.bind(CliText.input_noSuchCase, reference, found)));
    }

    public static long number(Command command, String flag, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(command, CliText.bind(CliText.input_notANumber, "--" + flag, value));
        }
    }

    /**
     * An instant written as ISO-8601 with a zone ({@code 2026-11-20T10:15:00Z}, {@code ...+02:00}), or a local
     * date-time ({@code 2026-11-20T10:15}, {@code 2026-11-20 10:15}) or date (start of day) in this machine's zone.
     */
    public static Instant instant(Command command, String flag, String value) {
        String v = value.strip().replace(' ', 'T');
        try {
            if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(v).toInstant();
            }
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(ZoneId.systemDefault()).toInstant();
            }
            return LocalDateTime.parse(v).atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeException e) {
            throw new UsageException(command, CliText.bind(CliText.input_notATime, "--" + flag, value));
        }
    }

    public static Path path(Command command, String value) {
        try {
            return Paths.get(value);
        } catch (InvalidPathException e) {
            throw new UsageException(command, CliText.bind(CliText.input_badPath, value));
        }
    }

    /** A UTF-8 text file's content, verbatim. */
    public static String textFile(Command command, String value) {
        Path p = path(command, value);
        try {
            return Files.readString(p);
        } catch (MalformedInputException e) {
            throw new CommandFailure(notUtf8(p));
        } catch (IOException e) {
            throw unreadable(p, e);
        }
    }

    /** The message for a file that is not UTF-8 text. */
    public static String notUtf8(Path file) {
        return CliText.bind(CliText.input_notUtf8, file);
    }

    /** A failure naming the file that could not be read and why. */
    public static CommandFailure unreadable(Path file, IOException e) {
        return new CommandFailure(CliText.bind(CliText.input_unreadable, file, CommandFailure.reason(e)), e);
    }

    /** Writes {@code text} to a {@code .partial} file beside {@code target}, then moves it into place. */
    public static void writeFile(Path target, String text) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.writeString(partial, text, StandardCharsets.UTF_8);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes {@code text} to the file {@code --file} names and says so, or prints it when there is no such flag. */
    public static void deliver(Command command, Arguments arguments, CommandContext context, String text) {
        var file = arguments.value("file");
        if (file.isEmpty()) {
            context.out().print(text);
            return;
        }
        Path target = path(command, file.get());
        try {
            writeFile(target, text);
        } catch (IOException e) {
            throw new CommandFailure(CliText.bind(CliText.output_failed, target, CommandFailure.reason(e)), e);
        }
        context.out().println(CliText.bind(CliText.output_written, target));
    }

    public static String shown(Instant at) {
        return at == null ? "-" : SHOWN.format(at.atZone(ZoneId.systemDefault()));
    }
}
