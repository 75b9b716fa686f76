package org.parley.complaints.cli.internal;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.complaints.Outcome;
import org.parley.complaints.Resolution;
import org.parley.complaints.ResolutionDraft;
import org.parley.complaints.ResolutionService;
import org.parley.core.model.Case;

/**
 * {@code parley-cli complaint close CASE}: records the outcome and closes the case with the closing message
 * drafted from the template in the client's language ({@code --draft-only yes} prints the draft to edit, and
 * {@code --message-file} sends the edited one instead).
 */
@Component(service = Command.class)
public final class CloseComplaintCaseCommand extends ComplaintCommand {

    public CloseComplaintCaseCommand() {
        super("complaint close",
                "parley-cli complaint close CASE --outcome remedied|explained|no-action|termination [--remedy TEXT] "
                        + "[--remedy-use TEXT] [--explanation TEXT] [--justification TEXT] [--changes TEXT] "
                        + "[--lesson ID] [--message-file PATH] [--draft-only yes]",
                CommandText.close_summary, 1, "outcome", "remedy", "remedy-use", "explanation", "justification",
                "changes", "lesson", "message-file", "draft-only");
    }

    @Override
    public String details() {
        return CommandText.close_details;
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        Case c = caseOf(arguments.positional().get(0), context);
        String outcome = arguments.choice("outcome", null, List.of("remedied", "explained", "no-action", "termination"));
        if (outcome == null) {
            arguments.required("outcome");
        }
        ResolutionDraft draft = new ResolutionDraft(Outcome.valueOf(outcome.toUpperCase(Locale.ROOT).replace('-', '_')),
                arguments.value("remedy").orElse(null), arguments.value("remedy-use").orElse(null),
                arguments.value("explanation").orElse(null), arguments.value("justification").orElse(null),
                arguments.value("changes").orElse(null), arguments.number("lesson", 0, 0, Long.MAX_VALUE));
        ResolutionService resolutions = context.services().get(ResolutionService.class);
        if (arguments.choice("draft-only", "no", List.of("yes", "no")).equals("yes")) {
            context.out().println(resolutions.draftClosingMessage(c.getId(), draft));
            return;
        }
        String message = arguments.value("message-file").map(this::textFile)
                .orElseGet(() -> resolutions.draftClosingMessage(c.getId(), draft));
        Resolution r = resolutions.close(c.getId(), c.getVersion(), draft, message);
        context.out().println(CommandText.bind(CommandText.close_done, c.getNumber(), r.outcome(), r.language().code()));
        context.out().println();
        context.out().println(r.closingMessage());
    }
}
