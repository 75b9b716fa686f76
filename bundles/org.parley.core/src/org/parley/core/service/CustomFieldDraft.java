package org.parley.core.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.parley.core.internal.CoreText;
import org.parley.core.model.FieldTarget;
import org.parley.core.model.FieldType;

/**
 * What an admin entered for a new or changed custom field. Construction validates and normalises the input,
 * so a draft that exists can be stored (uniqueness of the code is checked by {@link CustomFields}).
 *
 * @param labels   label per language; {@code en} is required, {@code ru}, {@code ro} and {@code pl} optional
 * @param choices  the values of a {@link FieldType#CHOICE} field (at least one, each once); ignored otherwise
 */
public record CustomFieldDraft(FieldTarget target, String code, Map<String, String> labels, FieldType type,
        List<String> choices, boolean required) {

    /** The languages a label may be given in. */
    public static final List<String> LANGUAGES = List.of("en", "ru", "ro", "pl");

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public CustomFieldDraft {
        Require.present("target", target);
        String c = Require.text("code", code, 40).toLowerCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw new InvalidInputException("code", CoreText.get("customField.badCode", c));
        }
        code = c;
        Map<String, String> l = new LinkedHashMap<>();
        Map<String, String> given = labels == null ? Map.of() : labels;
        l.put("en", Require.text("label", given.get("en"), 200));
        for (String lang : LANGUAGES.subList(1, LANGUAGES.size())) {
            String t = Require.optionalText("label", given.get(lang), 200);
            if (t != null) {
                l.put(lang, t);
            }
        }
        labels = Map.copyOf(l);
        Require.present("type", type);
        List<String> cs = new ArrayList<>();
        if (type == FieldType.CHOICE) {
            for (String choice : choices == null ? List.<String>of() : choices) {
                String t = Require.optionalText("choices", choice, 100);
                if (t == null) {
                    continue;
                }
                if (t.contains("\n") || t.contains("\r")) {
                    throw new InvalidInputException("choices", CoreText.get("customField.choiceLine", t));
                }
                if (cs.stream().anyMatch(t::equalsIgnoreCase)) {
                    throw new InvalidInputException("choices", CoreText.get("customField.choiceTwice", t));
                }
                cs.add(t);
            }
            if (cs.isEmpty()) {
                throw new InvalidInputException("choices", CoreText.get("customField.noChoices"));
            }
            if (cs.size() > 200) {
                throw new InvalidInputException("choices", CoreText.get("customField.tooManyChoices", 200));
            }
        }
        choices = List.copyOf(cs);
    }

    /** A draft with only the English label. */
    public CustomFieldDraft(FieldTarget target, String code, String englishLabel, FieldType type, List<String> choices,
            boolean required) {
        this(target, code, englishLabel == null ? Map.of() : Map.of("en", englishLabel), type, choices, required);
    }
}
