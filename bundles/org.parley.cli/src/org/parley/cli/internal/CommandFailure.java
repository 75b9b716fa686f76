package org.parley.cli.internal;

/** The command ran and could not do its work; the message is the one line shown to the user (exit code 1). */
public class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CommandFailure(String message) {
        super(message);
    }

    public CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
