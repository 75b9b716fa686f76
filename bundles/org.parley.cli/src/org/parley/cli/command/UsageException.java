package org.parley.cli.command;

/** The command line is wrong (unknown command or flag, missing or malformed value): exit code 2. */
public class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The command whose usage line is shown with the message, or null for the general usage. */
    private final transient Command command;

    public UsageException(Command command, String message) {
        super(message);
        this.command = command;
    }

    public Command command() {
        return command;
    }
}
