package org.parley.compensation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.parley.core.model.Language;

/**
 * One gesture the department may offer, as the admin configured it in one catalogue version.
 *
 * @param code stable key (lower-case letters, digits, dashes), unique in a catalogue
 * @param names the name per language; English is required, the others fall back to it
 * @param descriptions what the gesture is, per language (optional)
 * @param redemption how the client redeems it, per language; goes into the closing message
 * @param valueFrom lowest value an agent may offer (percent or money; null when the kind has no value)
 * @param valueTo highest value; equal to {@code valueFrom} for a fixed value
 * @param currency ISO 4217 code of a money value; null for other kinds
 * @param cost what one gesture costs the company in the catalogue's currency, beyond any money paid out
 * @param rootCauses root-cause codes the gesture fits; empty means it fits any cause
 * @param validFrom first day it may be offered, or null
 * @param validTo last day it may be offered, or null
 * @param active false once retired: no longer offered, still readable on old cases
 * @param perClientLimit at most this many to one client within {@code perClientDays}; 0 means no limit
 * @param perClientDays the period of that limit, in days
 */
public record CatalogueItem(String code, GestureKind kind, Map<Language, String> names,
        Map<Language, String> descriptions, Map<Language, String> redemption, BigDecimal valueFrom,
        BigDecimal valueTo, String currency, BigDecimal cost, List<String> rootCauses, LocalDate validFrom,
        LocalDate validTo, boolean active, int perClientLimit, int perClientDays) {

    public CatalogueItem {
        names = names == null ? Map.of() : Map.copyOf(names);
        descriptions = descriptions == null ? Map.of() : Map.copyOf(descriptions);
        redemption = redemption == null ? Map.of() : Map.copyOf(redemption);
        rootCauses = rootCauses == null ? List.of() : List.copyOf(rootCauses);
    }

    public String name(Language language) {
        return inLanguage(names, language, code);
    }

    public String description(Language language) {
        return inLanguage(descriptions, language, "");
    }

    public String redemption(Language language) {
        return inLanguage(redemption, language, "");
    }

    /** Whether an agent may offer it on {@code day}: active and inside its validity. */
    public boolean offerableOn(LocalDate day) {
        return active && (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether it was configured for this root cause (or for any cause). */
    public boolean fits(String rootCause) {
        return rootCauses.isEmpty() || rootCauses.contains(rootCause);
    }

    /** The same item with another active flag. */
    public CatalogueItem withActive(boolean isActive) {
        return new CatalogueItem(code, kind, names, descriptions, redemption, valueFrom, valueTo, currency, cost,
                rootCauses, validFrom, validTo, isActive, perClientLimit, perClientDays);
    }

    private static String inLanguage(Map<Language, String> texts, Language language, String fallback) {
        String t = language == null ? null : texts.get(language);
        if (t == null || t.isBlank()) {
            t = texts.get(Language.EN);
        }
        return t == null || t.isBlank() ? fallback : t;
    }
}
