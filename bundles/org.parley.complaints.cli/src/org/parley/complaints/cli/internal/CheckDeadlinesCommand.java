package org.parley.complaints.cli.internal;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.complaints.DeadlineService;

/**
 * {@code parley-cli complaint check-deadlines}: escalates cases whose deadline passed. The workbench does this
 * every few minutes; a department without a workbench running all day schedules this command (cron).
 */
@Component(service = Command.class)
public final class CheckDeadlinesCommand extends ComplaintCommand {

    public CheckDeadlinesCommand() {
        super("complaint check-deadlines", "parley-cli complaint check-deadlines", CommandText.check_summary, 0);
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        int escalated = context.services().get(DeadlineService.class).escalateBreached();
        context.out().println(CommandText.bind(CommandText.check_done, escalated));
    }
}
