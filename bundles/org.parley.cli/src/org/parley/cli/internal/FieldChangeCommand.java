package org.parley.cli.internal;

import java.util.List;

import org.parley.cli.command.Arguments;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.UsageException;
import org.parley.core.model.FieldTarget;
import org.parley.core.model.FieldType;
import org.parley.core.service.CustomField;
import org.parley.core.service.CustomFieldDraft;

/**
 * {@code parley-cli field change TARGET CODE [--label TEXT] [--choices A,B,C] [--required yes|no]}: changes the
 * labels, choices or required flag of a field; what is not given stays. Code and type never change.
 */
final class FieldChangeCommand extends FieldCommand {

    FieldChangeCommand() {
        super("field change", "parley-cli field change cases|clients CODE [--label TEXT] [--choices A,B,C]"
                + " [--required yes|no]", CliText.field_changeSummary, 2, flags("label", "choices", "required"));
    }

    @Override
    public String details() {
        return CliText.field_changeDetails;
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        FieldTarget target = target(arguments.positional().get(0));
        List<String> choices = choices(arguments);
        Boolean required = required(arguments, null);
        if (!labelGiven(arguments) && choices == null && required == null) {
            throw new UsageException(this, CliText.field_nothingToChange);
        }
        CustomField f = field(context, target, arguments.positional().get(1));
        if (choices != null && f.type() != FieldType.CHOICE) {
            throw new UsageException(this, CliText.bind(CliText.field_choicesNotChoice, typeWord(f.type())));
        }
        if (choices != null && choices.isEmpty()) {
            throw new UsageException(this, CliText.field_choicesMissing);
        }
        CustomFieldDraft draft = new CustomFieldDraft(target, f.code(), labels(arguments, f.labels()), f.type(),
                choices == null ? f.choices() : choices, required == null ? f.required() : required);
        CustomField changed = fields(context).change(f.id(), f.version(), draft);
        context.out().println(CliText.bind(CliText.field_changed, targetWord(target), describe(changed)));
    }
}
