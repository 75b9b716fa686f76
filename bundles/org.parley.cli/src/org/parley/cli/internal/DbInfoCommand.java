package org.parley.cli.internal;

import java.util.List;

import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.core.service.Store.DatabaseInfo;
import org.parley.core.service.Store.SchemaState;

/** {@code parley-cli db info}: which database this is and the schema state of every contribution. */
final class DbInfoCommand implements Command {

    @Override
    public List<String> words() {
        return List.of("db", "info");
    }

    @Override
    public String usage() {
        return "parley-cli db info";
    }

    @Override
    public String summary() {
        return CliText.info_summary;
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        DatabaseInfo info = context.services().store().info();
        context.out().println(CliText.bind(CliText.info_url, withoutPassword(info.url())));
        context.out().println(CliText.bind(CliText.info_product, info.product()));
        context.out().println(CliText.bind(CliText.info_user, info.user() == null || info.user().isEmpty() ? "-" : info.user()));
        for (SchemaState s : info.schemas()) {
            context.out().println(CliText.bind(CliText.info_schema, s.contribution(),
                    s.appliedVersion() == null ? CliText.migrate_empty : s.appliedVersion(), s.pending()));
        }
    }

    /** The store masks passwords already; masking again keeps a password out of the output whatever the store does. */
    static String withoutPassword(String url) {
        return url == null ? "" : url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }
}
