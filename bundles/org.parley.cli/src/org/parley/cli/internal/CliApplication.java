package org.parley.cli.internal;

import java.lang.reflect.Method;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.parley.cli.ParleyCommandLine;

/** The Equinox application {@code org.parley.cli.app}: runs one command with the launcher's arguments. */
public class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Map<?, ?> arguments = context.getArguments();
        String[] args = arguments.get(IApplicationContext.APPLICATION_ARGS) instanceof String[] a ? a : new String[0];
        context.applicationRunning();
        Bundle self = FrameworkUtil.getBundle(CliApplication.class);
        return new ParleyCommandLine(self.getBundleContext(), System.out, System.err, isTerminal()).run(args);
    }

    @Override
    public void stop() {
        // a command runs to its end; there is nothing to interrupt safely in the middle of a transaction
    }

    /** Since Java 22 a console exists even when output is redirected; {@code isTerminal()} then tells the truth. */
    private static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = java.io.Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
