package org.parley.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.parley.cli.ParleyCommandLine;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.CommandFailure;
import org.parley.cli.command.CoreServices;
import org.parley.cli.command.UsageException;
import org.parley.core.service.InvalidInputException;

/**
 * Finds the command named by the first words of the command line, runs it and turns what went wrong into an
 * exit code and one line on the error stream.
 */
public final class CommandRouter {

    /** How long contributed commands must stay unchanged before the list is taken as complete. */
    private static final long SETTLE_MS = Long.getLong("parley.cli.settleMillis", 400);

    private final CoreServices services;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final List<Command> builtIn;
    private List<Command> commands;

    public CommandRouter(CoreServices services, PrintStream out, PrintStream err, boolean terminal) {
        this.services = services;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.builtIn = List.of(new HelpCommand(this), new DbMigrateCommand(), new DbInfoCommand(),
                new DemoDataCommand(), new ExportCommand(), new ImportCommand(), new CaseStatusCommand(),
                new SettleCommitmentCommand(org.parley.core.model.CommitmentState.KEPT),
                new SettleCommitmentCommand(org.parley.core.model.CommitmentState.BROKEN),
                new FieldListCommand(), new FieldDefineCommand(), new FieldChangeCommand(),
                new FieldActiveCommand(false), new FieldActiveCommand(true));
    }

    /** The built-in commands and those other bundles contribute as services. */
    public synchronized List<Command> commands() {
        if (commands == null) {
            commands = new java.util.ArrayList<>(builtIn);
            commands.addAll(contributed());
        }
        return commands;
    }

    /**
     * Contributed commands are DS services of bundles that Declarative Services may still be starting: once
     * the store is up, wait until no new command has appeared for a moment.
     */
    private List<Command> contributed() {
        try {
            services.store();
        } catch (CommandFailure e) {
            return List.of();
        }
        List<Command> found = services.all(Command.class);
        long settleUntil = System.currentTimeMillis() + SETTLE_MS;
        while (System.currentTimeMillis() < settleUntil) {
            sleep(SETTLE_MS / 5);
            List<Command> again = services.all(Command.class);
            if (again.size() != found.size()) {
                found = again;
                settleUntil = System.currentTimeMillis() + SETTLE_MS;
            }
        }
        return found.stream().distinct().sorted(java.util.Comparator.comparing(Command::name)).toList();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public int run(String[] args) {
        Command command = null;
        try {
            List<String> words = Arrays.asList(args);
            if (words.isEmpty() || words.get(0).equals("--help") || words.get(0).equals("-h")) {
                command = builtIn.get(0);
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
        List<Command> commands = commands();
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
