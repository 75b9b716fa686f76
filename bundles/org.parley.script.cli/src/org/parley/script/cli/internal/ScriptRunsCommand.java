package org.parley.script.cli.internal;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.CommandInput;
import org.parley.script.ScriptRun;
import org.parley.script.ScriptRunService;

import java.util.Map;

/** {@code parley-cli script runs CASE}: the scripted calls on a case, every step, for review. */
@Component(service = Command.class)
public final class ScriptRunsCommand extends ScriptCommand {

    public ScriptRunsCommand() {
        super("script runs", "parley-cli script runs CASE", CommandText.runs_summary, 1, 1);
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        var c = CommandInput.caseOf(this, arguments.positional().get(0), context.services().cases());
        var runs = context.services().get(ScriptRunService.class).runsOf(c.getId());
        if (runs.isEmpty()) {
            context.out().println(CommandText.bind(CommandText.runs_none, c.getNumber()));
        }
        Map<String, String> values = Map.of("client", c.getClientName(), "case", c.getNumber());
        for (ScriptRun r : runs) {
            context.out().println(r.review(values, CommandInput::shown));
        }
    }
}
