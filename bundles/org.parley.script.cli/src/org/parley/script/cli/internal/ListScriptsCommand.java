package org.parley.script.cli.internal;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.script.ScriptLibrary;
import org.parley.script.StoredScript;

/** {@code parley-cli script list}: every script in every language with its newest version. */
@Component(service = Command.class)
public final class ListScriptsCommand extends ScriptCommand {

    public ListScriptsCommand() {
        super("script list", "parley-cli script list", CommandText.list_summary, 0, 0);
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        for (StoredScript s : context.services().get(ScriptLibrary.class).latest()) {
            context.out().println(String.format("%-24s %-3s v%-3d %-8s %s", s.code(), s.script().language().code(),
                    s.version(), s.retired() ? CommandText.list_retired : CommandText.list_inUse, s.script().title()));
        }
    }
}
