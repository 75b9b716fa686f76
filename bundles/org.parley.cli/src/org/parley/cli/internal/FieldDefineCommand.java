package org.parley.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parley.cli.command.Arguments;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.UsageException;
import org.parley.core.model.FieldTarget;
import org.parley.core.model.FieldType;
import org.parley.core.service.CustomField;
import org.parley.core.service.CustomFieldDraft;

/**
 * {@code parley-cli field define TARGET CODE --label TEXT --type text|number|date|choice [--choices a,b,c]
 * [--required yes|no]}: a new custom field after the existing ones; admins only.
 */
final class FieldDefineCommand extends FieldCommand {

    FieldDefineCommand() {
        super("field define", "parley-cli field define cases|clients CODE --label TEXT --type "
                + String.join("|", TYPES) + " [--choices A,B,C] [--required yes|no]", CliText.field_defineSummary, 2,
                flags("label", "type", "choices", "required"));
    }

    @Override
    public String details() {
        return CliText.field_defineDetails;
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        FieldTarget target = target(arguments.positional().get(0));
        String code = arguments.positional().get(1);
        String label = arguments.required("label");
        String typeWord = arguments.choice("type", null, TYPES);
        if (typeWord == null) {
            arguments.required("type");
        }
        FieldType type = FieldType.valueOf(typeWord.toUpperCase(Locale.ROOT));
        List<String> choices = choices(arguments);
        if (type == FieldType.CHOICE && (choices == null || choices.isEmpty())) {
            throw new UsageException(this, CliText.field_choicesMissing);
        }
        if (type != FieldType.CHOICE && choices != null) {
            throw new UsageException(this, CliText.bind(CliText.field_choicesNotChoice, typeWord));
        }
        Map<String, String> labels = labels(arguments, Map.of("en", label));
        CustomField f = fields(context).define(new CustomFieldDraft(target, code, labels, type, choices,
                required(arguments, false)));
        context.out().println(CliText.bind(CliText.field_defined, targetWord(target), describe(f)));
    }
}
