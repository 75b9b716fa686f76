package org.parley.script.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.parley.core.model.Language;
import org.parley.script.ToneCheck;
import org.parley.script.ToneFlag;
import org.parley.script.extension.ToneRule;
import org.parley.script.extension.ToneRuleSet;

/**
 * The tone check: every rule set of the message's language, Parley's and plug-ins', followed as they come and
 * go. Patterns are compiled once; a check is one pass of each pattern over the text, so a long message is
 * checked in well under a millisecond per kilobyte (see docs/benchmarks.md).
 */
@Component(service = ToneCheck.class, property = "service.ranking:Integer=0")
public class RuleBasedToneCheck implements ToneCheck {

    private final List<ToneRuleSet> ruleSets = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addRuleSet(ToneRuleSet set) {
        ruleSets.add(set);
    }

    public void removeRuleSet(ToneRuleSet set) {
        ruleSets.remove(set);
    }

    @Override
    public List<ToneFlag> check(String text, Language language) {
        if (text == null || text.isBlank() || language == null) {
            return List.of();
        }
        List<ToneFlag> found = new ArrayList<>();
        for (ToneRuleSet set : ruleSets) {
            if (set.language() != language) {
                continue;
            }
            for (ToneRule rule : set.rules()) {
                Matcher m = rule.pattern().matcher(text);
                while (m.find()) {
                    found.add(new ToneFlag(m.start(), m.end(), rule.category(), m.group(), rule.suggestion(), set.id()));
                }
            }
        }
        found.sort(Comparator.comparingInt(ToneFlag::start).thenComparing(Comparator.comparingInt(ToneFlag::end).reversed()));
        // one flag per stretch of text: the first (longest) match at a place wins over matches inside it
        List<ToneFlag> flags = new ArrayList<>();
        int coveredUntil = -1;
        for (ToneFlag f : found) {
            if (f.start() >= coveredUntil) {
                flags.add(f);
                coveredUntil = f.end();
            }
        }
        return flags;
    }
}
