package org.parley.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.parley.cli.ParleyCommandLine;
import org.parley.core.service.InvalidInputException;

/**
 * Finds the command named by the first words of the command line, runs it and turns what went wrong into an
 * exit code and one line on the error stream.
 */
public final class CommandRouter {

    private final CoreServices services;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final List<Command> commands;

    public CommandRouter(CoreServices services, PrintStream out, PrintStream err, boolean terminal) {
        this.services = services;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.commands = List.of(new HelpCommand(this), new DbMigrateCommand(), new DbInfoCommand(),
                new DemoDataCommand(), new ExportCommand(), new ImportCommand());
    }

    public List<Command> commands() {
        return commands;
    }

    public int run(String[] args) {
        Command command = null;
        try {
            List<String> words = Arrays.asList(args);
            if (words.isEmpty() || words.get(0).equals("--help") || words.get(0).equals("-h")) {
                command = commands.get(0);
                words = List.of("help");
            } else {
                command = find(words);
            }
            Arguments arguments = Arguments.parse(command, words.subList(command.words().size(), words.size()));
            if (arguments.help()) {
                printHelp(command, out);
                return ParleyCommandLine.OK;
            }
            command.run(arguments, new CommandContext(services, out, err, terminal));
            out.flush();
            return ParleyCommandLine.OK;
        } catch (UsageException e) {
            out.flush();
            err.println(CliText.bind(CliText.error_prefix, e.getMessage()));
            err.println(CliText.bind(CliText.usage_line, e.command() == null ? CliText.usage_general : e.command().usage()));
            return ParleyCommandLine.USAGE;
        } catch (CommandFailure | InvalidInputException e) {
            out.flush();
            err.println(CliText.bind(CliText.error_prefix, oneLine(e.getMessage())));
            debug(e);
            return ParleyCommandLine.FAILURE;
        } catch (RuntimeException e) {
            out.flush();
            err.println(CliText.bind(CliText.error_unexpected, command == null ? "parley-cli" : command.name(),
                    oneLine(rootMessage(e))));
            debug(e);
            return ParleyCommandLine.FAILURE;
        }
    }

    private Command find(List<String> words) {
        Command best = null;
        for (Command c : commands) {
            List<String> w = c.words();
            if (words.size() >= w.size() && words.subList(0, w.size()).equals(w)
                    && (best == null || w.size() > best.words().size())) {
                best = c;
            }
        }
        if (best == null) {
            String first = words.get(0);
            boolean group = commands.stream().anyMatch(c -> c.words().size() > 1 && c.words().get(0).equals(first));
            String named = group && words.size() > 1 ? first + " " + words.get(1) : first;
            throw new UsageException(null, group && words.size() == 1
                    ? CliText.bind(CliText.usage_subcommandMissing, first)
                    : CliText.bind(CliText.usage_unknownCommand, named));
        }
        return best;
    }

    void printHelp(Command command, PrintStream stream) {
        stream.println(CliText.bind(CliText.usage_line, command.usage()));
        stream.println("  " + command.summary());
        if (!command.details().isEmpty()) {
            stream.println();
            command.details().lines().forEach(l -> stream.println("  " + l));
        }
    }

    /** Messages from the database or a file may span lines; the error stream gets exactly one. */
    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        String message = e.toString();
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return message;
    }

    private void debug(Throwable e) {
        if (Boolean.getBoolean("parley.cli.debug")) {
            e.printStackTrace(err);
        }
    }
}
