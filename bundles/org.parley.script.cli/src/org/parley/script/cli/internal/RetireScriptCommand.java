package org.parley.script.cli.internal;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.script.ScriptLibrary;

/** {@code parley-cli script retire|reinstate CODE --language LL}: offered for new calls or not. */
@Component(service = Command.class)
public class RetireScriptCommand extends ScriptCommand {

    private final boolean retire;

    public RetireScriptCommand() {
        this(true);
    }

    RetireScriptCommand(boolean retire) {
        super(retire ? "script retire" : "script reinstate", "parley-cli script " + (retire ? "retire" : "reinstate")
                + " CODE --language en|ru|ro|pl", retire ? CommandText.retire_summary : CommandText.reinstate_summary,
                1, 1, "language");
        this.retire = retire;
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        String code = arguments.positional().get(0);
        var language = language(arguments);
        context.services().get(ScriptLibrary.class).retire(code, language, retire);
        context.out().println(CommandText.bind(retire ? CommandText.retire_done : CommandText.reinstate_done, code,
                language.code()));
    }
}
