package org.parley.complaints.cli.internal;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.complaints.EscalationService;
import org.parley.complaints.Transfer;
import org.parley.core.model.Case;

/** {@code parley-cli complaint hand-down CASE}: one level down, only to a user trained for conflicts. */
@Component(service = Command.class)
public final class HandDownCommand extends ComplaintCommand {

    public HandDownCommand() {
        super("complaint hand-down", "parley-cli complaint hand-down CASE --to LOGIN --reason TEXT",
                CommandText.handDown_summary, 1, "reason", "to");
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        Case c = caseOf(arguments.positional().get(0), context);
        EscalationService escalation = context.services().get(EscalationService.class);
        Transfer t = escalation.handDown(c.getId(), c.getVersion(), arguments.required("to"), arguments.required("reason"));
        context.out().println(CommandText.bind(CommandText.transfer_done, c.getNumber(), escalation.levelName(t.fromLevel()),
                escalation.levelName(t.toLevel()), t.toOwner()));
    }
}
