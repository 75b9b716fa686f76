package org.parley.cli.internal;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.parley.cli.ParleyCommandLine;

/** The Equinox application {@code org.parley.cli.app}: runs one command with the launcher's arguments. */
public class CliApplication implements IApplication {

    /**
     * Libraries under the store (Flyway, EclipseLink) log chatter through java.util.logging to stderr; a script
     * reads stderr for the one line that says why a command failed, so only severe entries get through unless
     * {@code -Dparley.cli.debug=true}. Held here because java.util.logging keeps loggers only weakly. EclipseLink
     * sets its own levels, from the store's {@code parley.db.log} setting.
     */
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("org.flywaydb"));

    @Override
    public Object start(IApplicationContext context) {
        Map<?, ?> arguments = context.getArguments();
        String[] args = arguments.get(IApplicationContext.APPLICATION_ARGS) instanceof String[] a ? a : new String[0];
        context.applicationRunning();
        if (!Boolean.getBoolean("parley.cli.debug")) {
            QUIETED.forEach(l -> l.setLevel(Level.SEVERE));
            if (System.getProperty("parley.db.log") == null) {
                System.setProperty("parley.db.log", "SEVERE");
            }
        }
        Bundle self = FrameworkUtil.getBundle(CliApplication.class);
        return new ParleyCommandLine(self.getBundleContext(), System.out, System.err, isTerminal()).run(args);
    }

    @Override
    public void stop() {
        // a command runs to its end; there is nothing to interrupt safely in the middle of a transaction
    }

    /** Since Java 22 a console exists even when output is redirected; {@code isTerminal()} then tells the truth. */
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
