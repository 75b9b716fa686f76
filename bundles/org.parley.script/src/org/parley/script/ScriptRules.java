package org.parley.script;

import java.util.List;

/**
 * Checks a script before it is stored or run: every step has a prompt and a known kind, ids are unique, branches
 * lead to steps that exist, every step can be reached, and the call cannot go round in a circle.
 */
public interface ScriptRules {

    /** The step kinds a script may use now: Parley's and those of the plug-ins installed, sorted. */
    List<String> kinds();

    /** Every problem found, each a sentence in the user's language naming the step; empty when the script is sound. */
    List<String> problems(Script script);

    /**
     * @throws org.parley.core.service.InvalidInputException with field {@code script} listing the problems
     */
    void requireSound(Script script);
}
