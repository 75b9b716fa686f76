package org.parley.cli.command;

import java.util.List;

/**
 * A command declared by its words, usage line, summary, how many positional arguments it takes and the flags
 * that take a value; subclasses only implement {@link #run}.
 */
public abstract class DeclaredCommand implements Command {

    private final List<String> words;
    private final List<String> flags;
    private final String usage;
    private final String summary;
    private final int minPositional;
    private final int maxPositional;

    /** @param words the command's words separated by spaces, e.g. {@code "script import"} */
    protected DeclaredCommand(String words, String usage, String summary, int minPositional, int maxPositional,
            String... flags) {
        this.words = List.of(words.split(" "));
        this.usage = usage;
        this.summary = summary;
        this.minPositional = minPositional;
        this.maxPositional = maxPositional;
        this.flags = List.of(flags);
    }

    @Override
    public List<String> words() {
        return words;
    }

    @Override
    public List<String> valueFlags() {
        return flags;
    }

    @Override
    public int minPositional() {
        return minPositional;
    }

    @Override
    public int maxPositional() {
        return maxPositional;
    }

    @Override
    public String usage() {
        return usage;
    }

    @Override
    public String summary() {
        return summary;
    }
}
