package org.parley.complaints.cli.internal;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.complaints.ComplaintRecord;
import org.parley.complaints.ComplaintService;

/** {@code parley-cli complaint duplicates}: complaints flagged as likely duplicates, waiting for a decision. */
@Component(service = Command.class)
public final class DuplicatesCommand extends ComplaintCommand {

    public DuplicatesCommand() {
        super("complaint duplicates", "parley-cli complaint duplicates [--limit N]", CommandText.duplicates_summary, 0,
                "limit");
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        int limit = (int) arguments.number("limit", 100, 1, 10_000);
        var flagged = context.services().get(ComplaintService.class).suspectedDuplicates(limit);
        if (flagged.isEmpty()) {
            context.out().println(CommandText.duplicates_none);
        }
        for (ComplaintRecord r : flagged) {
            context.out().println(CommandText.bind(CommandText.duplicates_line, r.id(), r.caseNumber(), r.clientName(),
                    r.channel(), shown(r.receivedAt()), r.suspectedDuplicateOf(), firstWords(r.clientWords(), 50)));
        }
    }
}
