package org.parley.script.cli.internal;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.CommandInput;
import org.parley.script.Script;
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
        for (ScriptRun r : runs) {
            context.out().println(CommandText.bind(CommandText.runs_run, new Object[] { CommandInput.shown(r.startedAt()),
                    r.title(), r.code(), r.version(), r.language().code(), r.agent(),
                    r.elapsedSeconds() / 60 + ":" + String.format("%02d", r.elapsedSeconds() % 60),
                    r.completed() ? CommandText.runs_completed : CommandText.runs_stopped }));
            Map<String, String> values = Map.of("agent", r.agent(), "client", c.getClientName(), "case", c.getNumber());
            for (ScriptRun.RunStep s : r.steps()) {
                context.out().println(CommandText.bind(CommandText.runs_step, new Object[] { s.position(), s.stepId(),
                        s.outcome().name().toLowerCase(java.util.Locale.ROOT),
                        s.prompt() == null ? "" : Script.fill(s.prompt(), values).lines().findFirst().orElse("") }));
                if (s.branch() != null) {
                    context.out().println("      -> " + s.branch());
                }
                if (s.answer() != null) {
                    context.out().println("      " + CommandText.bind(CommandText.runs_answer, s.answer()));
                }
                if (s.promiseDue() != null) {
                    context.out().println("      " + CommandText.bind(CommandText.runs_promise,
                            CommandInput.shown(s.promiseDue())));
                }
                if (s.note() != null) {
                    context.out().println("      " + CommandText.bind(CommandText.runs_note, s.note()));
                }
            }
        }
    }
}
