package org.parley.script;

import java.util.List;

import org.parley.core.model.Language;

/**
 * Flags excuses, blame, argument and aggression in a message an agent writes to a client, each with a suggested
 * alternative. Fast enough to run on every keystroke of a long message. Parley's own check combines every
 * {@link org.parley.script.extension.ToneRuleSet} registered for the language; a company may register its own
 * {@code ToneCheck} with a higher {@code service.ranking} to replace it.
 */
public interface ToneCheck {

    /** The flags in {@code text}, in the order they appear; overlapping matches are reported once. */
    List<ToneFlag> check(String text, Language language);
}
