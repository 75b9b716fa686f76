package org.parley.complaints.cli.internal;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.complaints.EscalationService;
import org.parley.complaints.Transfer;
import org.parley.core.model.Case;

/** {@code parley-cli complaint escalate CASE}: one level up, with the reason audited. */
@Component(service = Command.class)
public final class EscalateCommand extends ComplaintCommand {

    public EscalateCommand() {
        super("complaint escalate", "parley-cli complaint escalate CASE --reason TEXT [--to LOGIN]",
                CommandText.escalate_summary, 1, "reason", "to");
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        Case c = caseOf(arguments.positional().get(0), context);
        EscalationService escalation = context.services().get(EscalationService.class);
        Transfer t = escalation.escalate(c.getId(), c.getVersion(), arguments.value("to").orElse(null),
                arguments.required("reason"));
        context.out().println(CommandText.bind(CommandText.transfer_done, c.getNumber(), escalation.levelName(t.fromLevel()),
                escalation.levelName(t.toLevel()), t.toOwner() == null ? CommandText.show_unassigned : t.toOwner()));
    }
}
