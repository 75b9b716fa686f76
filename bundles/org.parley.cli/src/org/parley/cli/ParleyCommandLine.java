package org.parley.cli;

import java.io.PrintStream;

import org.osgi.framework.BundleContext;
import org.parley.cli.command.CoreServices;
import org.parley.cli.internal.CommandRouter;

/**
 * The {@code parley-cli} commands, callable in-process: the Equinox application {@code org.parley.cli.app}
 * runs them with the launcher's arguments, and tests run them with their own streams.
 *
 * <p>Exit codes: {@link #OK}, {@link #FAILURE} (the command ran and failed: bad input data, database
 * unreachable, ...), {@link #USAGE} (the command line itself is wrong). On failure exactly one line saying why
 * goes to the error stream (usage errors add the usage line).
 */
public final class ParleyCommandLine {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private final BundleContext context;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    /**
     * @param context where the core services are looked up (they are started by Declarative Services)
     * @param terminal whether {@code out} is an interactive terminal (progress is then updated in place)
     */
    public ParleyCommandLine(BundleContext context, PrintStream out, PrintStream err, boolean terminal) {
        this.context = context;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** Runs one command, e.g. {@code run("demo-data", "--cases", "1000")}, and returns its exit code. */
    public int run(String... args) {
        try (CoreServices services = new CoreServices(context)) {
            return new CommandRouter(services, out, err, terminal).run(args == null ? new String[0] : args);
        }
    }
}
