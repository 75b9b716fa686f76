package org.parley.complaints.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.complaints.ComplaintService;
import org.parley.complaints.ProactiveDraft;

/**
 * {@code parley-cli complaint proactive}: the company knows of a grievance before the clients complain and
 * opens a case for each affected client, each with the promise to tell them it is being worked on.
 */
@Component(service = Command.class)
public final class ProactiveCaseCommand extends ComplaintCommand {

    public ProactiveCaseCommand() {
        super("complaint proactive",
                "parley-cli complaint proactive --clients ID[,ID...] --title TEXT --channel CHANNEL --tell-by WHEN "
                        + "[--description TEXT] [--severity low|normal|high|critical]",
                CommandText.proactive_summary, 0, "clients", "title", "channel", "tell-by", "description", "severity");
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        List<Long> clients = new ArrayList<>();
        for (String id : arguments.required("clients").split(",")) {
            if (!id.isBlank()) {
                clients.add(number(arguments, "clients", id));
            }
        }
        List<Long> opened = context.services().get(ComplaintService.class).openProactive(new ProactiveDraft(clients,
                arguments.required("title"), arguments.value("description").orElse(null), arguments.required("channel"),
                severity(arguments), instant("tell-by", arguments.required("tell-by"))));
        context.out().println(CommandText.bind(CommandText.proactive_done, opened.size()));
        for (long id : opened) {
            context.services().cases().find(id).ifPresent(c -> context.out().println("  " + c.getNumber() + "  " + c.getClientName()));
        }
    }
}
