package org.parley.complaints.cli.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.CommandFailure;
import org.parley.cli.command.UsageException;
import org.parley.complaints.ComplaintDraft;
import org.parley.complaints.ComplaintRecord;
import org.parley.complaints.ComplaintService;
import org.parley.complaints.DuplicateCandidate;
import org.parley.core.model.Case;
import org.parley.core.model.Client;
import org.parley.core.service.ClientDraft;

/**
 * {@code parley-cli complaint take}: records one complaint from any channel. A likely duplicate is never
 * stored silently: the command stops, names the earlier complaint and asks for {@code --into} or
 * {@code --as-new}.
 */
@Component(service = Command.class)
public final class TakeComplaintCommand extends ComplaintCommand {

    public TakeComplaintCommand() {
        super("complaint take",
                "parley-cli complaint take --channel CHANNEL (--client-id ID | --client NAME [--language xx]) "
                        + "(--words TEXT | --words-file PATH) [--reference REF] [--received WHEN] [--title TITLE] "
                        + "[--severity low|normal|high|critical] [--level N] [--into CASE | --as-new yes]",
                CommandText.take_summary, 0, "channel", "client-id", "client", "language", "words", "words-file",
                "reference", "received", "title", "severity", "level", "into", "as-new");
    }

    @Override
    public String details() {
        return CommandText.take_details;
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        if (arguments.value("words").isPresent() == arguments.value("words-file").isPresent()) {
            throw new UsageException(this, CommandText.take_wordsOnce);
        }
        if (arguments.value("client-id").isPresent() == arguments.value("client").isPresent()) {
            throw new UsageException(this, CommandText.take_clientOnce);
        }
        if (arguments.value("into").isPresent() && arguments.value("as-new").isPresent()) {
            throw new UsageException(this, CommandText.take_intoOrNew);
        }
        String words = arguments.value("words").orElseGet(() -> textFile(arguments.required("words-file")));
        long clientId = 0;
        ClientDraft newClient = null;
        if (arguments.value("client-id").isPresent()) {
            clientId = number(arguments, "client-id", arguments.required("client-id"));
        } else {
            String name = arguments.required("client").strip();
            List<Client> same = context.services().clients().search(name, 50).stream()
                    .filter(c -> c.getName().equalsIgnoreCase(name)).toList();
            if (same.size() > 1) {
                throw new CommandFailure(CommandText.bind(CommandText.take_clientAmbiguous, name,
                        String.join(", ", same.stream().map(c -> Long.toString(c.getId())).toList())));
            }
            if (same.size() == 1) {
                clientId = same.get(0).getId();
            } else {
                newClient = new ClientDraft(name, arguments.value("language").orElse("en"));
            }
        }
        Instant received = arguments.value("received").map(v -> instant("received", v))
                .orElseGet(() -> context.services().clock().now());
        int level = (int) arguments.number("level", 0, 0, 20);
        ComplaintDraft draft = new ComplaintDraft(clientId, newClient, arguments.required("channel"),
                arguments.value("reference").orElse(null), received, words, arguments.value("title").orElse(null),
                severity(arguments), level);
        ComplaintService complaints = context.services().get(ComplaintService.class);
        ComplaintRecord taken;
        if (arguments.value("into").isPresent()) {
            Case into = caseOf(arguments.required("into"), context);
            taken = complaints.takeInto(into.getId(), draft);
        } else {
            boolean asNew = arguments.choice("as-new", "no", List.of("yes", "no")).equals("yes");
            if (!asNew && clientId > 0) {
                List<DuplicateCandidate> duplicates = complaints.likelyDuplicates(draft);
                if (!duplicates.isEmpty()) {
                    DuplicateCandidate d = duplicates.get(0);
                    for (DuplicateCandidate each : duplicates) {
                        context.out().println(CommandText.bind(CommandText.take_duplicateLine,
                                each.complaint().caseNumber(), shown(each.complaint().receivedAt()),
                                String.format(Locale.ROOT, "%.0f", each.similarity() * 100),
                                firstWords(each.complaint().clientWords(), 60)));
                    }
                    throw new CommandFailure(CommandText.bind(CommandText.take_duplicate, d.complaint().caseNumber()));
                }
            }
            taken = complaints.take(draft);
        }
        context.out().println(CommandText.bind(CommandText.take_done, taken.caseNumber(), taken.clientName(),
                taken.channel(), shown(taken.receivedAt())));
    }
}
