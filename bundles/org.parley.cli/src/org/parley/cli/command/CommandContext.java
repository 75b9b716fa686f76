package org.parley.cli.command;

import java.io.PrintStream;

/** What a running command works with: the core services and the two output streams. */
public record CommandContext(CoreServices services, PrintStream out, PrintStream err, boolean terminal) {
}
