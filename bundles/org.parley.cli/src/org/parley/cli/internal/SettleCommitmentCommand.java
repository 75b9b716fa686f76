package org.parley.cli.internal;

import java.util.List;

import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.CommandFailure;
import org.parley.cli.command.UsageException;
import org.parley.core.model.Commitment;
import org.parley.core.model.CommitmentState;

/** {@code parley-cli commitment keep|break ID}: ends a promise made to the client as kept or broken. */
final class SettleCommitmentCommand implements Command {

    private final CommitmentState outcome;

    SettleCommitmentCommand(CommitmentState outcome) {
        this.outcome = outcome;
    }

    @Override
    public List<String> words() {
        return List.of("commitment", outcome == CommitmentState.KEPT ? "keep" : "break");
    }

    @Override
    public List<String> valueFlags() {
        return List.of("note");
    }

    @Override
    public int minPositional() {
        return 1;
    }

    @Override
    public int maxPositional() {
        return 1;
    }

    @Override
    public String usage() {
        return "parley-cli " + name() + " COMMITMENT-ID [--note TEXT]";
    }

    @Override
    public String summary() {
        return outcome == CommitmentState.KEPT ? CliText.commitment_keepSummary : CliText.commitment_breakSummary;
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        long id;
        try {
            id = Long.parseLong(arguments.positional().get(0).strip().replaceFirst("^#", ""));
        } catch (NumberFormatException e) {
            throw new UsageException(this, CliText.bind(CliText.usage_notANumber, "COMMITMENT-ID", arguments.positional().get(0)));
        }
        Commitment k = context.services().store().read(em -> em.find(Commitment.class, id));
        if (k == null) {
            throw new CommandFailure(CliText.bind(CliText.commitment_noSuch, id));
        }
        Commitment settled = context.services().cases().settleCommitment(id, k.getVersion(), outcome,
                arguments.value("note").orElse(null));
        context.out().println(CliText.bind(CliText.commitment_done, id, settled.getState()));
    }
}
