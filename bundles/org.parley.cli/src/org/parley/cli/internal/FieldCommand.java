package org.parley.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.parley.cli.command.Arguments;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.CommandFailure;
import org.parley.cli.command.DeclaredCommand;
import org.parley.cli.command.UsageException;
import org.parley.core.model.FieldTarget;
import org.parley.core.model.FieldType;
import org.parley.core.service.CustomField;
import org.parley.core.service.CustomFieldDraft;
import org.parley.core.service.CustomFields;

/**
 * What the {@code parley-cli field} commands share: reading a target, a field code, labels, choices and the
 * required flag from the command line, and describing a field in one line. Definitions are changed through
 * {@link CustomFields}, which refuses non-admins.
 */
abstract class FieldCommand extends DeclaredCommand {

    /** The target words, as in the usage lines. */
    static final List<String> TARGETS = List.of("cases", "clients");

    /** The type words, as in the usage lines. */
    static final List<String> TYPES = Arrays.stream(FieldType.values()).map(t -> t.name().toLowerCase(Locale.ROOT))
            .toList();

    /** The flags giving a label in another language than English, e.g. {@code label-ru}. */
    static final List<String> TRANSLATED_LABELS = CustomFieldDraft.LANGUAGES.subList(1, CustomFieldDraft.LANGUAGES.size())
            .stream().map(l -> "label-" + l).toList();

    FieldCommand(String words, String usage, String summary, int positional, String... flags) {
        super(words, usage, summary, positional, positional, flags);
    }

    static String[] flags(String... first) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(TRANSLATED_LABELS);
        return all.toArray(String[]::new);
    }

    static CustomFields fields(CommandContext context) {
        return context.services().get(CustomFields.class);
    }

    /** {@code cases} or {@code clients} (the singular is accepted too). */
    FieldTarget target(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return switch (w) {
            case "cases", "case" -> FieldTarget.CASE;
            case "clients", "client" -> FieldTarget.CLIENT;
            default -> throw new UsageException(this, CliText.bind(CliText.field_unknownTarget, word,
                    String.join(", ", TARGETS)));
        };
    }

    static String targetWord(FieldTarget target) {
        return target == FieldTarget.CASE ? "cases" : "clients";
    }

    /** The field of the target named by its code, or a refusal pointing at {@code parley-cli field list}. */
    static CustomField field(CommandContext context, FieldTarget target, String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        Optional<CustomField> f = fields(context).find(target, c);
        return f.orElseThrow(() -> new CommandFailure(CliText.bind(CliText.field_unknown, c, targetWord(target))));
    }

    /** {@code yes} or {@code no}, or {@code fallback} when the flag is absent. */
    static Boolean required(Arguments arguments, Boolean fallback) {
        String w = arguments.choice("required", null, List.of("yes", "no"));
        return w == null ? fallback : Boolean.valueOf(w.equals("yes"));
    }

    /** The choices of {@code --choices a,b,c}, stripped, empty ones left out; null when the flag is absent. */
    static List<String> choices(Arguments arguments) {
        return arguments.value("choices").map(v -> Arrays.stream(v.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()).orElse(null);
    }

    /**
     * The labels after applying the label flags to {@code labels}: {@code --label} sets the English one,
     * {@code --label-ru} etc. the others, an empty value removes a translation.
     */
    static Map<String, String> labels(Arguments arguments, Map<String, String> labels) {
        Map<String, String> l = new LinkedHashMap<>(labels);
        arguments.value("label").ifPresent(v -> l.put("en", v));
        for (String lang : CustomFieldDraft.LANGUAGES.subList(1, CustomFieldDraft.LANGUAGES.size())) {
            arguments.value("label-" + lang).ifPresent(v -> {
                if (v.isBlank()) {
                    l.remove(lang);
                } else {
                    l.put(lang, v);
                }
            });
        }
        return l;
    }

    /** Whether any label flag is given. */
    static boolean labelGiven(Arguments arguments) {
        return arguments.value("label").isPresent()
                || TRANSLATED_LABELS.stream().anyMatch(f -> arguments.value(f).isPresent());
    }

    static String typeWord(FieldType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    /** A field as {@code code  label  type  choices  required|optional  active|retired}. */
    static String describe(CustomField f) {
        return String.join("  ", f.code(), f.label(), typeWord(f.type()),
                f.choices().isEmpty() ? "-" : String.join(",", f.choices()),
                f.required() ? CliText.field_required : CliText.field_optional,
                f.active() ? CliText.field_active : CliText.field_retiredState);
    }
}
