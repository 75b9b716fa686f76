package org.parley.script.cli.internal;


import org.parley.cli.command.Arguments;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.CommandFailure;
import org.parley.cli.command.CommandInput;
import org.parley.cli.command.DeclaredCommand;
import org.parley.cli.command.UsageException;
import org.parley.core.model.Language;
import org.parley.script.ScriptLibrary;
import org.parley.script.StoredScript;

/** What the script commands share: the language flag, finding a script version, writing a file or printing. */
abstract class ScriptCommand extends DeclaredCommand {

    ScriptCommand(String words, String usage, String summary, int min, int max, String... flags) {
        super(words, usage, summary, min, max, flags);
    }

    Language language(Arguments arguments) {
        String code = arguments.required("language");
        Language l = Language.ofCode(code);
        if (l == null) {
            throw new UsageException(this, CommandText.bind(CommandText.input_language, code));
        }
        return l;
    }

    /** The newest version (retired or not), or the one {@code --version} names. */
    StoredScript version(Arguments arguments, CommandContext context, String code) {
        Language language = language(arguments);
        ScriptLibrary library = context.services().get(ScriptLibrary.class);
        var versions = library.versions(code, language);
        if (versions.isEmpty()) {
            throw new CommandFailure(CommandText.bind(CommandText.input_noScript, code, language.code()));
        }
        if (arguments.value("version").isEmpty()) {
            return versions.get(versions.size() - 1);
        }
        long wanted = arguments.number("version", 0, 1, Integer.MAX_VALUE);
        return versions.stream().filter(v -> v.version() == wanted).findFirst().orElseThrow(() -> new CommandFailure(
                CommandText.bind(CommandText.input_noVersion, code, language.code(), wanted)));
    }

    /** Writes {@code text} to {@code --file}, or prints it when there is no such flag. */
    void deliver(Arguments arguments, CommandContext context, String text) {
        CommandInput.deliver(this, arguments, context, text);
    }
}
