package org.parley.script.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.PatternSyntaxException;

import org.parley.core.model.Language;
import org.parley.script.ToneCategory;
import org.parley.script.extension.ToneRule;
import org.parley.script.extension.ToneRuleSet;

/**
 * Parley's own tone rules, one set per language, read from {@code tone/<language>.rules} in this bundle; the
 * department may edit them ({@link ParleyToneRules}).
 */
final class ShippedToneRules {

    static final String ID = "parley";

    /** A rule set read from a file. */
    record RuleFile(String id, Language language, List<ToneRule> rules) implements ToneRuleSet {
    }

    private ShippedToneRules() {
    }

    /** The text of the shipped rules of a language, as an admin starts editing them. */
    static String text(Language language) {
        String name = "tone/" + language.code() + ".rules";
        try (InputStream in = ShippedToneRules.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The shipped tone rules " + name + " are missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the shipped tone rules " + name, e);
        }
    }

    /** The shipped rules of a language. */
    static RuleFile load(Language language) {
        return new RuleFile(ID, language, parse("tone/" + language.code() + ".rules", text(language)));
    }

    /**
     * Rules written one per line as {@code CATEGORY | pattern | suggestion}; {@code #} starts a comment line.
     *
     * @throws IllegalArgumentException naming the file and line of the first malformed rule
     */
    static List<ToneRule> parse(String source, String text) {
        List<ToneRule> rules = new ArrayList<>();
        int number = 0;
        try (BufferedReader lines = new BufferedReader(new java.io.StringReader(text))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s\\|\\s", 3);
                if (parts.length != 3 || parts[1].isBlank() || parts[2].isBlank()) {
                    throw new IllegalArgumentException(source + " line " + number
                            + ": expected CATEGORY | pattern | suggestion");
                }
                ToneCategory category;
                try {
                    category = ToneCategory.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(source + " line " + number + ": unknown category " + parts[0].strip());
                }
                try {
                    rules.add(ToneRule.compile(category, parts[1].strip(), parts[2].strip()));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException(source + " line " + number + ": " + e.getDescription(), e);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return rules;
    }
}
