package org.parley.cli.command;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import org.parley.cli.internal.CliText;

/** The command ran and could not do its work; the message is the one line shown to the user (exit code 1). */
public class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CommandFailure(String message) {
        super(message);
    }

    public CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** Why a file could not be read or written, in words: java.nio's messages are often only the path. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return CliText.io_accessDenied;
        }
        if (e instanceof NoSuchFileException) {
            return CliText.io_noSuchFile;
        }
        if (e instanceof NotDirectoryException) {
            return CliText.io_notDirectory;
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
