package org.parley.cli.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.CommandFailure;
import org.parley.core.service.Store.SchemaState;
import org.parley.core.service.Store;

/** {@code parley-cli db migrate}: applies the pending schema migrations of every contribution. */
final class DbMigrateCommand implements Command {

    @Override
    public List<String> words() {
        return List.of("db", "migrate");
    }

    @Override
    public String usage() {
        return "parley-cli db migrate";
    }

    @Override
    public String summary() {
        return CliText.migrate_summary;
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        Store store = context.services().store();
        // the store migrates on first use, so compare with the history as it was before this command touched it
        Map<String, SchemaState> before = store.info().schemas().stream()
                .collect(Collectors.toMap(SchemaState::contribution, Function.identity()));
        store.migrate();
        boolean changed = false;
        for (SchemaState after : store.info().schemas()) {
            SchemaState was = before.get(after.contribution());
            String from = was == null ? null : was.appliedVersion();
            if (!Objects.equals(from, after.appliedVersion())) {
                changed = true;
                context.out().println(CliText.bind(CliText.migrate_applied, after.contribution(),
                        from == null ? CliText.migrate_empty : from, after.appliedVersion()));
            }
            if (after.pending() > 0) {
                throw new CommandFailure(CliText.bind(CliText.migrate_stillPending, after.contribution(), after.pending()));
            }
        }
        if (!changed) {
            context.out().println(CliText.migrate_upToDate);
        }
    }
}
