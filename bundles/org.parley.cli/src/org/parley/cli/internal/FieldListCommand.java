package org.parley.cli.internal;

import java.util.List;

import org.parley.cli.command.Arguments;
import org.parley.cli.command.CommandContext;
import org.parley.core.model.FieldTarget;
import org.parley.core.service.CustomField;

/**
 * {@code parley-cli field list [--target cases|clients]}: every custom field, retired ones included, in display
 * order, one per line; columns padded so that they line up.
 */
final class FieldListCommand extends FieldCommand {

    FieldListCommand() {
        super("field list", "parley-cli field list [--target cases|clients]", CliText.field_listSummary, 0, "target");
    }

    @Override
    public String details() {
        return CliText.field_listDetails;
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        List<FieldTarget> targets = arguments.value("target").map(t -> List.of(target(t)))
                .orElse(List.of(FieldTarget.CASE, FieldTarget.CLIENT));
        boolean first = true;
        for (FieldTarget target : targets) {
            if (!first) {
                context.out().println();
            }
            first = false;
            List<CustomField> all = fields(context).list(target);
            if (all.isEmpty()) {
                context.out().println(CliText.bind(CliText.field_none, targetWord(target)));
                continue;
            }
            context.out().println(CliText.bind(CliText.field_heading, targetWord(target)));
            int code = all.stream().mapToInt(f -> f.code().length()).max().orElse(0);
            int label = all.stream().mapToInt(f -> f.label().length()).max().orElse(0);
            int choices = all.stream().mapToInt(f -> choices(f).length()).max().orElse(0);
            int required = Math.max(CliText.field_required.length(), CliText.field_optional.length());
            String format = "  %-" + code + "s  %-" + label + "s  %-6s  %-" + choices + "s  %-" + required + "s  %s";
            for (CustomField f : all) {
                context.out().println(String.format(format, f.code(), f.label(), typeWord(f.type()), choices(f),
                        f.required() ? CliText.field_required : CliText.field_optional,
                        f.active() ? CliText.field_active : CliText.field_retiredState).stripTrailing());
            }
        }
    }

    private static String choices(CustomField f) {
        return f.choices().isEmpty() ? "-" : String.join(",", f.choices());
    }
}
