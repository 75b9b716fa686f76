package org.parley.complaints.cli.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.CommandFailure;
import org.parley.cli.command.UsageException;
import org.parley.core.model.Case;
import org.parley.core.model.Severity;
import org.parley.core.service.CaseService;

/**
 * What the complaint log's commands share: their words, usage and texts, and how they read a case reference,
 * a time or a file from the command line. Times are printed and read in the machine's time zone.
 */
abstract class ComplaintCommand implements Command {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final List<String> words;
    private final List<String> flags;
    private final String usage;
    private final String summary;
    private final int positional;

    ComplaintCommand(String words, String usage, String summary, int positional, String... flags) {
        this.words = List.of(words.split(" "));
        this.usage = usage;
        this.summary = summary;
        this.positional = positional;
        this.flags = List.of(flags);
    }

    @Override
    public List<String> words() {
        return words;
    }

    @Override
    public List<String> valueFlags() {
        return flags;
    }

    @Override
    public int minPositional() {
        return positional;
    }

    @Override
    public int maxPositional() {
        return positional;
    }

    @Override
    public String usage() {
        return usage;
    }

    @Override
    public String summary() {
        return summary;
    }

    /** The case named by {@code P-0000123} or its plain id. */
    Case caseOf(String reference, CommandContext context) {
        String r = reference.strip();
        long id = Case.idOfNumber(r.toUpperCase(Locale.ROOT));
        if (id < 0) {
            try {
                id = Long.parseLong(r);
            } catch (NumberFormatException e) {
                throw new UsageException(this, CommandText.bind(CommandText.input_caseReference, reference));
            }
        }
        CaseService cases = context.services().cases();
        long found = id;
        return cases.find(id)
                .orElseThrow(() -> new CommandFailure(CommandText.bind(CommandText.input_noSuchCase, reference, found)));
    }

    long number(Arguments arguments, String flag, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(this, CommandText.bind(CommandText.input_notANumber, "--" + flag, value));
        }
    }

    /**
     * An instant written as ISO-8601 with a zone ({@code 2026-11-20T10:15:00Z}, {@code ...+02:00}), or a local
     * date-time ({@code 2026-11-20T10:15}, {@code 2026-11-20 10:15}) or date (start of day) in this machine's zone.
     */
    Instant instant(String flag, String value) {
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
            throw new UsageException(this, CommandText.bind(CommandText.input_notATime, "--" + flag, value));
        }
    }

    Severity severity(Arguments arguments) {
        String s = arguments.choice("severity", "normal", List.of("low", "normal", "high", "critical"));
        return Severity.valueOf(s.toUpperCase(Locale.ROOT));
    }

    Path path(String value) {
        try {
            return Paths.get(value);
        } catch (InvalidPathException e) {
            throw new UsageException(this, CommandText.bind(CommandText.input_badPath, value));
        }
    }

    /** A UTF-8 text file's content, verbatim. */
    String textFile(String value) {
        Path p = path(value);
        try {
            return Files.readString(p);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new CommandFailure(CommandText.bind(CommandText.input_notUtf8, p));
        } catch (java.io.IOException e) {
            throw new CommandFailure(CommandText.bind(CommandText.input_unreadable, p, CommandFailure.reason(e)));
        }
    }

    static String shown(Instant at) {
        return at == null ? "-" : SHOWN.format(at.atZone(ZoneId.systemDefault()));
    }

    /** The first line of a text, cut to {@code max} characters, for one-line listings. */
    static String firstWords(String text, int max) {
        if (text == null) {
            return "";
        }
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }
}
