package org.parley.script;

import org.parley.core.model.Language;

/**
 * The department's own wording of Parley's tone rules per language: admins edit the shipped rules (one per line,
 * {@code CATEGORY | pattern | suggestion}) and can go back to them. Rule sets from plug-ins are not affected.
 */
public interface ToneRules {

    /** The rules of a language as an admin edits them: the department's if edited, else Parley's. */
    String text(Language language);

    boolean edited(Language language);

    /**
     * @throws org.parley.core.service.InvalidInputException naming the line of a malformed rule, or when the user
     *         is no admin; the rules in use stay as they were
     */
    void save(Language language, String text);

    /**
     * What {@code rules} (as being edited, not saved) would flag in {@code sample}: lets an admin try a wording
     * before saving it.
     *
     * @throws org.parley.core.service.InvalidInputException naming the line of a malformed rule
     */
    java.util.List<ToneFlag> trial(String rules, String sample, Language language);

    /** Back to Parley's shipped rules. */
    void reset(Language language);
}
