package org.parley.cli.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.CommandFailure;
import org.parley.cli.command.UsageException;
import org.parley.core.model.Case;
import org.parley.core.model.CaseStatus;

/** {@code parley-cli case status CASE STATUS}: moves a case along its lifecycle, e.g. acknowledges it. */
final class CaseStatusCommand implements Command {

    static final List<String> STATUSES = Arrays.stream(CaseStatus.values())
            .map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();

    @Override
    public List<String> words() {
        return List.of("case", "status");
    }

    @Override
    public List<String> valueFlags() {
        return List.of("reason");
    }

    @Override
    public int minPositional() {
        return 2;
    }

    @Override
    public int maxPositional() {
        return 2;
    }

    @Override
    public String usage() {
        return "parley-cli case status CASE " + String.join("|", STATUSES) + " [--reason TEXT]";
    }

    @Override
    public String summary() {
        return CliText.caseStatus_summary;
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        Case c = caseOf(this, arguments.positional().get(0), context);
        String word = arguments.positional().get(1).toLowerCase(Locale.ROOT);
        if (!STATUSES.contains(word)) {
            throw new UsageException(this, CliText.bind(CliText.caseStatus_unknown, word, String.join(", ", STATUSES)));
        }
        Case changed = context.services().cases().changeStatus(c.getId(), c.getVersion(),
                CaseStatus.valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_')), arguments.value("reason").orElse(null));
        context.out().println(CliText.bind(CliText.caseStatus_done, changed.getNumber(), c.getStatus(), changed.getStatus()));
    }

    /** The case named by its number ({@code P-0000123}) or id. */
    static Case caseOf(Command command, String reference, CommandContext context) {
        long id = Case.idOfNumber(reference.strip().toUpperCase(Locale.ROOT));
        if (id < 0) {
            try {
                id = Long.parseLong(reference.strip());
            } catch (NumberFormatException e) {
                throw new UsageException(command, CliText.bind(CliText.caseStatus_badReference, reference));
            }
        }
        return context.services().cases().find(id)
                .orElseThrow(() -> new CommandFailure(CliText.bind(CliText.caseStatus_noSuchCase, reference)));
    }
}
