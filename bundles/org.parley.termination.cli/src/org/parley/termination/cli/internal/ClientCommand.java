package org.parley.termination.cli.internal;

import java.util.List;

import org.parley.cli.command.CommandContext;
import org.parley.cli.command.CommandFailure;
import org.parley.cli.command.DeclaredCommand;
import org.parley.core.model.Client;

/** What the problem-client commands share: finding the client by id, by export key ({@code C-12}) or by exact name. */
abstract class ClientCommand extends DeclaredCommand {

    ClientCommand(String words, String usage, String summary, int min, int max, String... flags) {
        super(words, usage, summary, min, max, flags);
    }

    Client client(CommandContext context, String reference) {
        String r = reference.strip();
        String digits = r.regionMatches(true, 0, "C-", 0, 2) ? r.substring(2) : r;
        if (digits.matches("[0-9]{1,18}")) {
            return context.services().clients().find(Long.parseLong(digits)).orElseThrow(
                    () -> new CommandFailure(CommandText.bind(CommandText.client_noSuch, reference)));
        }
        List<Client> named = context.services().clients().search(r, 20).stream()
                .filter(c -> c.getName().equalsIgnoreCase(r)).toList();
        if (named.isEmpty()) {
            throw new CommandFailure(CommandText.bind(CommandText.client_noSuch, reference));
        }
        if (named.size() > 1) {
            throw new CommandFailure(CommandText.bind(CommandText.client_ambiguous, reference, named.size(),
                    String.join(", ", named.stream().map(c -> Long.toString(c.getId())).toList())));
        }
        return named.get(0);
    }
}
