package org.parley.compensation.internal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.parley.compensation.CatalogueItem;
import org.parley.compensation.GestureKind;
import org.parley.compensation.GestureRules;
import org.parley.core.model.Language;
import org.parley.core.service.InvalidInputException;

/**
 * What makes a catalogue sound: unique codes, values that make sense for their kind, known currencies and root
 * causes, validity that ends after it starts. Each refusal names the item and the field.
 */
final class CatalogueRules {

    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    static final int MAX_ITEMS = 1000;
    static final int NAME_MAX = 200;
    static final int TEXT_MAX = 2000;
    /** No gesture is worth more than this: a larger number is a typing mistake. */
    static final BigDecimal ABSURD = new BigDecimal("1000000");
    static final int MAX_DAYS = 3660;

    private CatalogueRules() {
    }

    /** @param rootCauses the known root-cause codes, or null when they cannot be checked */
    static void check(GestureRules rules, List<CatalogueItem> items, Set<String> rootCauses) {
        check(rules);
        if (items == null || items.isEmpty()) {
            throw new InvalidInputException("items", CompensationText.get("catalogue.empty"));
        }
        if (items.size() > MAX_ITEMS) {
            throw new InvalidInputException("items", CompensationText.get("catalogue.tooMany", MAX_ITEMS));
        }
        Set<String> codes = new HashSet<>();
        for (CatalogueItem item : items) {
            check(item, rules.currency(), rootCauses);
            if (!codes.add(item.code())) {
                throw new InvalidInputException("code", CompensationText.get("catalogue.duplicateCode", item.code()));
            }
        }
    }

    static void check(GestureRules r) {
        if (r == null) {
            throw new InvalidInputException("rules", CompensationText.get("rules.missing"));
        }
        currency(r.currency(), "rules.unknownCurrency", null);
        amount("agentLimit", r.agentLimit(), null);
        amount("supervisorLimit", r.supervisorLimit(), null);
        if (r.supervisorLimit().compareTo(r.agentLimit()) < 0) {
            throw new InvalidInputException("supervisorLimit", CompensationText.get("rules.supervisorBelowAgent",
                    plain(r.supervisorLimit()), plain(r.agentLimit())));
        }
        if (r.windowDays() < 1 || r.windowDays() > MAX_DAYS) {
            throw new InvalidInputException("windowDays", CompensationText.get("rules.badWindow", MAX_DAYS));
        }
        if (r.noGestureAfter() < 1 || r.noGestureAfter() > 1000) {
            throw new InvalidInputException("noGestureAfter", CompensationText.get("rules.badCount", "no_gesture_after"));
        }
        if (r.flagAbove() < 0 || r.flagAbove() > 1000) {
            throw new InvalidInputException("flagAbove", CompensationText.get("rules.badCount", "flag_above"));
        }
    }

    static void check(CatalogueItem i, String catalogueCurrency, Set<String> rootCauses) {
        if (i.code() == null || !CODE.matcher(i.code()).matches()) {
            throw new InvalidInputException("code", CompensationText.get("catalogue.badCode", String.valueOf(i.code())));
        }
        String code = i.code();
        if (i.kind() == null) {
            throw new InvalidInputException("kind", CompensationText.get("catalogue.kindMissing", code, kinds()));
        }
        String name = i.names().get(Language.EN);
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", CompensationText.get("catalogue.nameMissing", code));
        }
        texts(code, "name", i.names(), NAME_MAX);
        texts(code, "description", i.descriptions(), TEXT_MAX);
        texts(code, "redemption", i.redemption(), TEXT_MAX);
        switch (i.kind().valueKind()) {
            case NONE -> {
                if (i.valueFrom() != null || i.valueTo() != null || i.currency() != null) {
                    throw new InvalidInputException("value", CompensationText.get("catalogue.valueNotAllowed", code,
                            i.kind().code()));
                }
            }
            case PERCENT -> {
                range(i);
                if (i.valueTo().compareTo(new BigDecimal("100")) > 0) {
                    throw new InvalidInputException("valueTo", CompensationText.get("catalogue.percentTooHigh", code));
                }
                if (i.currency() != null) {
                    throw new InvalidInputException("currency", CompensationText.get("catalogue.percentCurrency", code));
                }
            }
            case MONEY -> {
                range(i);
                if (i.currency() == null) {
                    throw new InvalidInputException("currency", CompensationText.get("catalogue.currencyMissing", code));
                }
                currency(i.currency(), "catalogue.unknownCurrency", code);
                if (!i.currency().equals(catalogueCurrency)) {
                    throw new InvalidInputException("currency", CompensationText.get("catalogue.foreignCurrency", code,
                            catalogueCurrency, i.currency()));
                }
            }
        }
        amount("cost", i.cost(), code);
        for (String cause : i.rootCauses()) {
            if (cause == null || !CODE.matcher(cause).matches()) {
                throw new InvalidInputException("rootCauses", CompensationText.get("catalogue.badRootCause", code,
                        String.valueOf(cause)));
            }
            if (rootCauses != null && !rootCauses.contains(cause)) {
                throw new InvalidInputException("rootCauses", CompensationText.get("catalogue.unknownRootCause", code,
                        cause, String.join(", ", new java.util.TreeSet<>(rootCauses))));
            }
        }
        if (i.validFrom() != null && i.validTo() != null && i.validTo().isBefore(i.validFrom())) {
            throw new InvalidInputException("validTo", CompensationText.get("catalogue.badValidity", code,
                    i.validFrom().toString(), i.validTo().toString()));
        }
        if (i.perClientLimit() < 0 || i.perClientLimit() > 1000) {
            throw new InvalidInputException("perClientLimit", CompensationText.get("catalogue.badClientLimit", code));
        }
        if (i.perClientLimit() > 0 && (i.perClientDays() < 1 || i.perClientDays() > MAX_DAYS)) {
            throw new InvalidInputException("perClientDays", CompensationText.get("catalogue.badClientDays", code,
                    MAX_DAYS));
        }
    }

    /** The kind codes, for messages. */
    static String kinds() {
        StringBuilder b = new StringBuilder();
        for (GestureKind k : GestureKind.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(k.code());
        }
        return b.toString();
    }

    static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }

    private static void range(CatalogueItem i) {
        if (i.valueFrom() == null || i.valueTo() == null) {
            throw new InvalidInputException("value", CompensationText.get("catalogue.valueMissing", i.code(),
                    i.kind().code()));
        }
        amount("valueFrom", i.valueFrom(), i.code());
        amount("valueTo", i.valueTo(), i.code());
        if (i.valueFrom().signum() == 0 && i.valueTo().signum() == 0) {
            throw new InvalidInputException("value", CompensationText.get("catalogue.valueZero", i.code()));
        }
        if (i.valueTo().compareTo(i.valueFrom()) < 0) {
            throw new InvalidInputException("valueTo", CompensationText.get("catalogue.badRange", i.code(),
                    plain(i.valueFrom()), plain(i.valueTo())));
        }
    }

    /** A non-negative, sensible amount with at most two decimals. */
    static void amount(String field, BigDecimal v, String code) {
        String label = CompensationText.get("field." + field);
        String who = code == null ? CompensationText.get("rules.who") : CompensationText.get("catalogue.who", code);
        if (v == null) {
            throw new InvalidInputException(field, CompensationText.get("amount.missing", who, label));
        }
        if (v.signum() < 0) {
            throw new InvalidInputException(field, CompensationText.get("amount.negative", who, label, plain(v)));
        }
        if (v.compareTo(ABSURD) > 0) {
            throw new InvalidInputException(field, CompensationText.get("amount.absurd", who, label, plain(v),
                    plain(ABSURD)));
        }
        if (v.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field, CompensationText.get("amount.decimals", who, label, plain(v)));
        }
    }

    private static void currency(String code, String key, String item) {
        boolean known = false;
        if (code != null && code.matches("[A-Z]{3}")) {
            try {
                Currency.getInstance(code);
                known = true;
            } catch (IllegalArgumentException e) {
                known = false;
            }
        }
        if (!known) {
            throw new InvalidInputException("currency", item == null ? CompensationText.get(key, String.valueOf(code))
                    : CompensationText.get(key, item, String.valueOf(code)));
        }
    }

    private static void texts(String code, String field, Map<Language, String> texts, int max) {
        for (Map.Entry<Language, String> e : texts.entrySet()) {
            if (e.getValue() != null && e.getValue().length() > max) {
                throw new InvalidInputException(field, CompensationText.get("catalogue.tooLong", code,
                        CompensationText.get("field." + field), e.getKey().code(), max));
            }
        }
    }
}
