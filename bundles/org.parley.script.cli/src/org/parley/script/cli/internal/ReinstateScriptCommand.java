package org.parley.script.cli.internal;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Command;

/** {@code parley-cli script reinstate CODE --language LL}: a retired script is offered for calls again. */
@Component(service = Command.class)
public final class ReinstateScriptCommand extends RetireScriptCommand {

    public ReinstateScriptCommand() {
        super(false);
    }
}
