package org.parley.cli.command;

import java.util.List;

/**
 * One {@code parley-cli} command: its words on the command line, the flags it accepts and what it does.
 *
 * <p>A capability or plug-in bundle adds commands by registering implementations as OSGi services (DS
 * {@code @Component(service = Command.class)}). Keep their references lazy: look the services a command needs
 * up with {@link CoreServices#get(Class)} in {@link #run}, so that {@code help} lists the command even when no
 * database is reachable. Words must not clash with another command's.
 */
public interface Command {

    /** The words naming the command, e.g. {@code [db, migrate]}. */
    List<String> words();

    /** Flags taking a value, without the leading dashes. */
    default List<String> valueFlags() {
        return List.of();
    }

    /** How many positional arguments the command takes at least and at most. */
    default int minPositional() {
        return 0;
    }

    default int maxPositional() {
        return 0;
    }

    /** The usage line, e.g. {@code parley-cli db migrate}. */
    String usage();

    /** One sentence saying what the command does. */
    String summary();

    /** Longer help shown by {@code --help}: flags and their meaning; may be empty. */
    default String details() {
        return "";
    }

    void run(Arguments arguments, CommandContext context);

    default String name() {
        return String.join(" ", words());
    }
}
