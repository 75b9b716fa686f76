package org.parley.script.extension;

import java.util.List;

import org.parley.core.model.Language;

/**
 * Phrases to flag in messages to clients in one language. Register as an OSGi service (DS {@code @Component});
 * the tone check uses every rule set of the message's language, so a company adds its own phrases (its product
 * names, its industry's excuses) next to Parley's.
 */
public interface ToneRuleSet {

    /** A stable id shown with each flag, e.g. {@code parley} or {@code com.example.telecom}. */
    String id();

    Language language();

    List<ToneRule> rules();
}
