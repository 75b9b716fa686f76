package org.parley.complaints.cli.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.UsageException;
import org.parley.complaints.DeadlineService;
import org.parley.core.model.Case;
import org.parley.core.model.Commitment;
import org.parley.core.model.CommitmentKind;
import org.parley.core.service.CommitmentDraft;

/**
 * {@code parley-cli complaint promise CASE}: a promise to the client ("I will call you back within 4 hours")
 * becomes a commitment; "within" counts business hours of the department's calendar.
 */
@Component(service = Command.class)
public final class PromiseCommand extends ComplaintCommand {

    public PromiseCommand() {
        super("complaint promise",
                "parley-cli complaint promise CASE --text TEXT (--within HOURS | --due WHEN) [--kind call-back|...] [--owner LOGIN]",
                CommandText.promise_summary, 1, "text", "within", "due", "kind", "owner");
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        Case c = caseOf(arguments.positional().get(0), context);
        if (arguments.value("within").isPresent() == arguments.value("due").isPresent()) {
            throw new UsageException(this, CommandText.promise_whenOnce);
        }
        List<String> kinds = java.util.Arrays.stream(CommitmentKind.values())
                .map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        CommitmentKind kind = CommitmentKind.valueOf(
                arguments.choice("kind", "call-back", kinds).toUpperCase(Locale.ROOT).replace('-', '_'));
        Instant due = arguments.value("due").map(v -> instant("due", v)).orElseGet(() -> {
            Duration within = businessTime(arguments.required("within"));
            return context.services().get(DeadlineService.class).addBusinessTime(context.services().clock().now(), within);
        });
        Commitment k = context.services().cases().addCommitment(c.getId(),
                new CommitmentDraft(kind, arguments.required("text"), due, arguments.value("owner").orElse(null)));
        context.out().println(CommandText.bind(CommandText.promise_done, k.getId(), c.getNumber(), shown(k.getDueAt()),
                k.getOwner()));
    }

    /** {@code 4}, {@code 4h}, {@code 1.5h} or {@code 30m}: at least a minute, at most 60 working days. */
    private Duration businessTime(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        try {
            double minutes = v.endsWith("m") ? Double.parseDouble(v.substring(0, v.length() - 1))
                    : Double.parseDouble(v.endsWith("h") ? v.substring(0, v.length() - 1) : v) * 60;
            if (minutes >= 1 && minutes <= 60 * 24 * 60) {
                return Duration.ofMinutes(Math.round(minutes));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(this, CommandText.bind(CommandText.promise_badWithin, value));
    }
}
