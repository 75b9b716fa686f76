package org.parley.script.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.CommandInput;
import org.parley.script.ScriptLibrary;
import org.parley.script.StoredScript;

/**
 * {@code parley-cli script import FILE...}: each file becomes the next version of its script; all files or none
 * (the first bad file is named with its line, and nothing is saved).
 */
@Component(service = Command.class)
public final class ImportScriptsCommand extends ScriptCommand {

    public ImportScriptsCommand() {
        super("script import", "parley-cli script import FILE [FILE...]", CommandText.import_summary, 1,
                Integer.MAX_VALUE);
    }

    @Override
    public String details() {
        return CommandText.import_details;
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        ScriptLibrary library = context.services().get(ScriptLibrary.class);
        List<String[]> files = new ArrayList<>();
        for (String f : arguments.positional()) {
            files.add(new String[] { CommandInput.path(this, f).getFileName().toString(), CommandInput.textFile(this, f) });
        }
        List<StoredScript> saved = context.services().store().inTransaction(() -> {
            List<StoredScript> done = new ArrayList<>();
            for (String[] f : files) {
                done.add(library.importFile(f[0], f[1]));
            }
            return done;
        });
        for (StoredScript s : saved) {
            context.out().println(CommandText.bind(CommandText.import_done, new Object[] { s.code(),
                    s.script().language().code(), s.version(), s.script().title() }));
        }
    }
}
