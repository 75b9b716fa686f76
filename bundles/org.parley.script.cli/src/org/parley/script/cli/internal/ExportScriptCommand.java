package org.parley.script.cli.internal;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.script.ScriptLibrary;

/** {@code parley-cli script export CODE --language LL [--version N] [--file F]}: a script as a file. */
@Component(service = Command.class)
public final class ExportScriptCommand extends ScriptCommand {

    public ExportScriptCommand() {
        super("script export", "parley-cli script export CODE --language en|ru|ro|pl [--version N] [--file FILE]",
                CommandText.export_summary, 1, 1, "language", "version", "file");
    }

    @Override
    public String details() {
        return CommandText.export_details;
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        var s = version(arguments, context, arguments.positional().get(0));
        deliver(arguments, context, context.services().get(ScriptLibrary.class).export(s.script()));
    }
}
