package org.parley.script.cli.internal;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.CommandInput;
import org.parley.cli.command.UsageException;
import org.parley.script.ToneRules;

/**
 * {@code parley-cli tone export|import|reset --language LL}: the department's wording of the tone rules, as a
 * file an admin edits in any text editor.
 */
@Component(service = Command.class)
public final class ToneRulesCommand extends ScriptCommand {

    public ToneRulesCommand() {
        super("tone", "parley-cli tone export|import|reset --language en|ru|ro|pl [--file FILE]",
                CommandText.tone_summary, 1, 1, "language", "file");
    }

    @Override
    public String details() {
        return CommandText.tone_details;
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        var language = language(arguments);
        ToneRules tone = context.services().get(ToneRules.class);
        switch (arguments.positional().get(0)) {
            case "export" -> deliver(arguments, context, tone.text(language));
            case "import" -> {
                String file = arguments.value("file").orElseThrow(
                        () -> new UsageException(this, CommandText.tone_needsFile));
                tone.save(language, CommandInput.textFile(this, file));
                context.out().println(CommandText.bind(CommandText.tone_saved, language.code()));
            }
            case "reset" -> {
                tone.reset(language);
                context.out().println(CommandText.bind(CommandText.tone_wasReset, language.code()));
            }
            default -> throw new UsageException(this, CommandText.bind(CommandText.tone_unknownAction,
                    arguments.positional().get(0)));
        }
    }
}
