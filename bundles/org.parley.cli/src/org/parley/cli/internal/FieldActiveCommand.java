package org.parley.cli.internal;

import org.parley.cli.command.Arguments;
import org.parley.cli.command.CommandContext;
import org.parley.core.model.FieldTarget;
import org.parley.core.service.CustomField;

/**
 * {@code parley-cli field retire|reinstate TARGET CODE}: hides a field from input, filters and exports, or shows
 * it again; its values are kept either way. A field already in that state is left alone.
 */
final class FieldActiveCommand extends FieldCommand {

    private final boolean active;

    FieldActiveCommand(boolean active) {
        super(active ? "field reinstate" : "field retire", "parley-cli field " + (active ? "reinstate" : "retire")
                + " cases|clients CODE", active ? CliText.field_reinstateSummary : CliText.field_retireSummary, 2);
        this.active = active;
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        FieldTarget target = target(arguments.positional().get(0));
        CustomField f = field(context, target, arguments.positional().get(1));
        if (f.active() == active) {
            context.out().println(CliText.bind(active ? CliText.field_alreadyActive : CliText.field_alreadyRetired,
                    f.code(), targetWord(target)));
            return;
        }
        CustomField changed = fields(context).setActive(f.id(), f.version(), active);
        context.out().println(CliText.bind(active ? CliText.field_reinstated : CliText.field_retired, changed.code(),
                targetWord(target)));
    }
}
