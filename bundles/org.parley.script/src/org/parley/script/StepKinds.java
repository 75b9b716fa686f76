package org.parley.script;

import java.util.List;

/** The step kinds every Parley installation knows; plug-ins add theirs as {@code StepKind} services. */
public final class StepKinds {

    public static final String SAY = "say";
    public static final String ASK = "ask";
    public static final String LISTEN = "listen";
    public static final String CHECK = "check";
    public static final String BRANCH = "branch";
    public static final String PROMISE = "promise";
    public static final String NOTE = "note";

    public static final List<String> BUILT_IN = List.of(SAY, ASK, LISTEN, CHECK, BRANCH, PROMISE, NOTE);

    private StepKinds() {
    }
}
