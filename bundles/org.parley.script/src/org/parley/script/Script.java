package org.parley.script;

import java.util.List;

import org.parley.core.model.Language;

/**
 * A conversation script as data: an ordered set of steps in one language, the first step first. {@code code}
 * names the script across its versions and languages (e.g. {@code listening-call}); a run records the version it
 * used.
 */
public record Script(String code, Language language, int version, String title, List<Step> steps) {

    /**
     * What a prompt may name in braces, filled in when the script runs on a case: the agent's and the client's
     * names, the case number, and a promise's due time and the time until then with its unit ("2 hours", "1 day").
     */
    public static final List<String> PLACEHOLDERS = List.of("agent", "client", "case", "time", "hours");

    /** {@code text} with every known placeholder that has a value replaced; others are left as written. */
    public static String fill(String text, java.util.Map<String, String> values) {
        if (text == null) {
            return null;
        }
        String filled = text;
        for (String name : PLACEHOLDERS) {
            String value = values.get(name);
            if (value != null) {
                filled = filled.replace("{" + name + "}", value);
            }
        }
        return filled;
    }

    /** The step with this id, or null. */
    public Step step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    public Script {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
