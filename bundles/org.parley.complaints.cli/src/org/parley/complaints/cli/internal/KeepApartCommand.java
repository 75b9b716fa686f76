package org.parley.complaints.cli.internal;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.complaints.ComplaintRecord;
import org.parley.complaints.ComplaintService;

/** {@code parley-cli complaint keep-apart COMPLAINT}: not a duplicate after all; it stays in its own case. */
@Component(service = Command.class)
public final class KeepApartCommand extends ComplaintCommand {

    public KeepApartCommand() {
        super("complaint keep-apart", "parley-cli complaint keep-apart COMPLAINT-ID --reason TEXT",
                CommandText.keepApart_summary, 1, "reason");
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        long complaint = number(arguments, "complaint", arguments.positional().get(0));
        ComplaintRecord r = context.services().get(ComplaintService.class).keepApart(complaint, arguments.required("reason"));
        context.out().println(CommandText.bind(CommandText.keepApart_done, r.id(), r.caseNumber()));
    }
}
