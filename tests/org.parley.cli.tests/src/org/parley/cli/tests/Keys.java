package org.parley.cli.tests;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces keys made from database ids (client keys C-n, case numbers P-n) by their order of first appearance. */
final class Keys {

    private Keys() {
    }

    /** @param prefixes which keys to replace, e.g. {@code "CP"} for client keys and case numbers */
    static String normalized(String text, String prefixes) {
        Map<String, String> seen = new HashMap<>();
        Matcher m = Pattern.compile("\\b([" + prefixes + "])-(\\d+)\\b").matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String key = m.group();
            String replacement = seen.computeIfAbsent(key, k -> m.group(1) + "#" + (seen.size() + 1));
            m.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        return b.toString();
    }
}
