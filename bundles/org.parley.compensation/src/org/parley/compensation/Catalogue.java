package org.parley.compensation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One immutable version of the department's catalogue: its rules and its items in display order, retired ones
 * included. Offers keep the version they came from.
 */
public record Catalogue(int version, GestureRules rules, List<CatalogueItem> items, String savedBy,
        Instant savedAt) {

    public Catalogue {
        items = List.copyOf(items);
    }

    public Optional<CatalogueItem> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
