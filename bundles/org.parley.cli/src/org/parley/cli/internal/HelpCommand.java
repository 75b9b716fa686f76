package org.parley.cli.internal;

import java.util.List;

import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.UsageException;

/** {@code parley-cli help [command]}: the commands, their usage, exit codes and where the database is set. */
final class HelpCommand implements Command {

    private final CommandRouter router;

    HelpCommand(CommandRouter router) {
        this.router = router;
    }

    @Override
    public List<String> words() {
        return List.of("help");
    }

    @Override
    public int maxPositional() {
        return 2;
    }

    @Override
    public String usage() {
        return "parley-cli help [COMMAND]";
    }

    @Override
    public String summary() {
        return CliText.help_summary;
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        List<String> topic = arguments.positional();
        if (!topic.isEmpty()) {
            for (Command c : router.commands()) {
                if (c.words().equals(topic) || (c.words().size() == 1 && c.words().get(0).equals(topic.get(0)))) {
                    router.printHelp(c, context.out());
                    return;
                }
            }
            if (topic.get(0).equals("db")) {
                router.commands().stream().filter(c -> c.words().get(0).equals("db"))
                        .forEach(c -> router.printHelp(c, context.out()));
                return;
            }
            throw new UsageException(this, CliText.bind(CliText.usage_unknownCommand, String.join(" ", topic)));
        }
        context.out().println(CliText.bind(CliText.usage_line, CliText.usage_general));
        context.out().println();
        context.out().println(CliText.help_commands);
        for (Command c : router.commands()) {
            context.out().println("  " + c.usage());
            context.out().println("      " + c.summary());
        }
        context.out().println();
        CliText.help_footer.lines().forEach(context.out()::println);
    }
}
