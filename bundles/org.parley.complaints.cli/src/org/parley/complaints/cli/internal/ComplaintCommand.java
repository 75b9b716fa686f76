package org.parley.complaints.cli.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.parley.cli.command.Arguments;
import org.parley.cli.command.DeclaredCommand;
import org.parley.cli.command.CommandInput;
import org.parley.cli.command.CommandContext;
import org.parley.core.model.Case;
import org.parley.core.model.Severity;

/**
 * What the complaint log's commands share: their words, usage and texts, and how they read a case reference,
 * a time or a file from the command line. Times are printed and read in the machine's time zone.
 */
abstract class ComplaintCommand extends DeclaredCommand {

    ComplaintCommand(String words, String usage, String summary, int positional, String... flags) {
        super(words, usage, summary, positional, positional, flags);
    }

    Case caseOf(String reference, CommandContext context) {
        return CommandInput.caseOf(this, reference, context.services().cases());
    }

    long number(Arguments arguments, String flag, String value) {
        return CommandInput.number(this, flag, value);
    }

    Instant instant(String flag, String value) {
        return CommandInput.instant(this, flag, value);
    }

    Severity severity(Arguments arguments) {
        String s = arguments.choice("severity", "normal", List.of("low", "normal", "high", "critical"));
        return Severity.valueOf(s.toUpperCase(Locale.ROOT));
    }

    Path path(String value) {
        return CommandInput.path(this, value);
    }

    String textFile(String value) {
        return CommandInput.textFile(this, value);
    }

    static String shown(Instant at) {
        return CommandInput.shown(at);
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
