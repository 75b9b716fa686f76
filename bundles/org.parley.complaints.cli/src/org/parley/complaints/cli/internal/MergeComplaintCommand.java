package org.parley.complaints.cli.internal;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.complaints.ComplaintRecord;
import org.parley.complaints.ComplaintService;
import org.parley.core.model.Case;

/** {@code parley-cli complaint merge COMPLAINT --into CASE}: a duplicate joins the case it repeats. */
@Component(service = Command.class)
public final class MergeComplaintCommand extends ComplaintCommand {

    public MergeComplaintCommand() {
        super("complaint merge", "parley-cli complaint merge COMPLAINT-ID --into CASE --reason TEXT",
                CommandText.merge_summary, 1, "into", "reason");
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        long complaint = number(arguments, "complaint", arguments.positional().get(0));
        Case into = caseOf(arguments.required("into"), context);
        ComplaintRecord r = context.services().get(ComplaintService.class).merge(complaint, into.getId(),
                arguments.required("reason"));
        context.out().println(CommandText.bind(CommandText.merge_done, r.id(), r.caseNumber()));
    }
}
