package org.parley.compensation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.compensation.Catalogue;
import org.parley.compensation.CatalogueFormat;
import org.parley.compensation.CatalogueItem;
import org.parley.compensation.Gesture;
import org.parley.compensation.GestureRules;
import org.parley.core.model.Language;
import org.parley.core.service.ConcurrentChangeException;
import org.parley.core.service.InvalidInputException;
import org.parley.testing.TestDatabase;

/** The catalogue: shipped, versioned, edited by admins only, imported all or nothing and exported unchanged. */
class CatalogueTest {

    static List<String> kinds() {
        return TestDatabase.kinds();
    }

    private static final Set<String> SHIPPED_CAUSES = Set.of("late-delivery", "product-quality", "staff-behaviour",
            "wrong-information", "billing-error", "process-gap", "client-misunderstanding");

    @Test
    void theShippedCatalogueIsSoundAndSpeaksEveryLanguage() throws Exception {
        CatalogueFile.Contents shipped = DepartmentCatalogue.shipped();
        CatalogueRules.check(shipped.rules(), shipped.items(), SHIPPED_CAUSES);
        assertEquals(9, shipped.items().size());
        for (CatalogueItem i : shipped.items()) {
            for (Language l : Language.values()) {
                assertFalse(i.names().getOrDefault(l, "").isBlank(), i.code() + " has no name in " + l);
                assertFalse(i.descriptions().getOrDefault(l, "").isBlank(), i.code() + " has no description in " + l);
            }
        }
        assertEquals(GestureRules.defaults(), shipped.rules());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everySaveIsANewVersionAndAnOfferKeepsTheVersionItCameFrom(String kind) {
        try (GestureDesk d = new GestureDesk(kind)) {
            Catalogue v1 = d.catalogue.current();
            assertEquals(1, v1.version());
            long caseId = d.newCase("Ivan Petrov", "ru");
            Gesture given = d.as("agent").propose(caseId, "apology-gift", null);
            assertEquals(1, given.catalogueVersion());

            // the admin renames the gift and retires it
            List<CatalogueItem> items = new ArrayList<>();
            for (CatalogueItem i : v1.items()) {
                items.add(!i.code().equals("apology-gift") ? i
                        : new CatalogueItem(i.code(), i.kind(), Map.of(Language.EN, "Flowers and an apology"),
                                i.descriptions(), i.redemption(), null, null, null, i.cost(), i.rootCauses(), null,
                                null, false, 1, 180));
            }
            assertThrows(InvalidInputException.class, () -> d.as("agent").catalogue.save(v1.rules(), items, 1),
                    "only admins change the catalogue");
            Catalogue v2 = d.as("admin").catalogue.save(v1.rules(), items, 1);
            assertEquals(2, v2.version());
            assertThrows(ConcurrentChangeException.class, () -> d.catalogue.save(v1.rules(), items, 1),
                    "a save on a stale version");

            assertEquals("Sincere apology and a small gift", d.gestures.itemOf(d.gestures.find(given.id())
                    .orElseThrow()).name(Language.EN), "the old case still reads the item it was offered");
            assertEquals(1, d.gestures.find(given.id()).orElseThrow().catalogueVersion());
            InvalidInputException retired = assertThrows(InvalidInputException.class,
                    () -> d.as("agent").propose(d.newCase("Olga", "ru"), "apology-gift", null));
            assertTrue(retired.getMessage().contains("retired"), retired.getMessage());
            assertEquals(List.of(2, 1), d.catalogue.versions().stream().map(Catalogue::version).toList());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void exportAndImportGoRoundUnchangedInJsonAndCsv(String kind) throws Exception {
        try (GestureDesk d = new GestureDesk(kind)) {
            Catalogue v1 = d.catalogue.current();
            for (CatalogueFormat format : CatalogueFormat.values()) {
                StringWriter out = new StringWriter();
                d.catalogue.export(d.catalogue.current(), out, format);
                Catalogue imported = d.as("admin").catalogue.importFile(new StringReader(out.toString()), format);
                assertEquals(v1.items(), imported.items(), format + " round trip");
                assertEquals(v1.rules(), imported.rules());
            }
            assertEquals(3, d.catalogue.current().version());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aMalformedOrUnsoundFileIsRefusedWithItsLineAndNothingIsSaved(String kind) throws Exception {
        try (GestureDesk d = new GestureDesk(kind)) {
            StringWriter json = new StringWriter();
            d.catalogue.export(d.catalogue.current(), json, CatalogueFormat.JSON);
            String good = json.toString();
            StringWriter csv = new StringWriter();
            d.catalogue.export(d.catalogue.current(), csv, CatalogueFormat.CSV);
            String goodCsv = csv.toString();
            Map<String, String> badJson = Map.of(
                    "not JSON", good.replaceFirst("\"items\": \\[", "\"items\": [[,"),
                    "unknown kind", good.replace("\"kind\": \"refund\"", "\"kind\": \"golden-handshake\""),
                    "negative cost", good.replace("\"cost\": 15", "\"cost\": -15"),
                    "absurd value", good.replace("\"value_to\": 2000", "\"value_to\": 20000000"),
                    "unknown currency", good.replace("\"currency\": \"EUR\", \"cost\": 0", "\"currency\": \"EUX\", \"cost\": 0"),
                    "duplicate code", good.replace("\"code\": \"repair\"", "\"code\": \"replacement\""),
                    "validity backwards", good.replace(
                                    "\"valid_from\": null, \"valid_to\": null, \"active\": true, \"per_client_limit\": 0, \"per_client_days\": 0}",
                                    "\"valid_from\": \"2026-12-31\", \"valid_to\": \"2026-01-01\", \"active\": true, \"per_client_limit\": 0, \"per_client_days\": 0}"),
                    "unknown root cause", good.replace("\"root_causes\": [\"product-quality\"]",
                            "\"root_causes\": [\"bad-weather\"]"),
                    "percent above 100", good.replace("\"value_to\": 15", "\"value_to\": 150"));
            d.as("admin");
            for (Map.Entry<String, String> bad : badJson.entrySet()) {
                assertFalse(bad.getValue().equals(good), bad.getKey() + ": the test did not change the file");
                InvalidInputException e = assertThrows(InvalidInputException.class,
                        () -> d.catalogue.importFile(new StringReader(bad.getValue()), CatalogueFormat.JSON),
                        bad.getKey());
                assertTrue(e.getMessage().startsWith("Line ") || !e.field().equals("file"), bad.getKey() + ": "
                        + e.getMessage());
            }
            Map<String, String> badCsv = Map.of(
                    "unknown column", goodCsv.replaceFirst("cost", "price"),
                    "missing field", goodCsv.replaceFirst("\nreplacement,", "\nreplacement"),
                    "not a number", goodCsv.replaceFirst(",EUR,0,", ",EUR,zero,"));
            for (Map.Entry<String, String> bad : badCsv.entrySet()) {
                assertFalse(bad.getValue().equals(goodCsv), bad.getKey() + ": the test did not change the file");
                InvalidInputException e = assertThrows(InvalidInputException.class,
                        () -> d.catalogue.importFile(new StringReader(bad.getValue()), CatalogueFormat.CSV),
                        bad.getKey());
                assertTrue(e.getMessage().startsWith("Line "), bad.getKey() + ": " + e.getMessage());
            }
            assertEquals(1, d.catalogue.current().version(), "nothing was saved");
            assertThrows(InvalidInputException.class, () -> d.as("agent").catalogue.importFile(new StringReader(good),
                    CatalogueFormat.JSON), "only admins import");
            assertEquals(1, d.count("gesture_catalogue"));
        }
    }

    @Test
    void rulesAreCheckedForSense() {
        GestureRules ok = GestureRules.defaults();
        CatalogueRules.check(ok);
        assertThrows(InvalidInputException.class, () -> CatalogueRules.check(new GestureRules("XYZ",
                ok.agentLimit(), ok.supervisorLimit(), 365, 3, 3)));
        assertThrows(InvalidInputException.class, () -> CatalogueRules.check(new GestureRules("EUR",
                new BigDecimal("500"), new BigDecimal("100"), 365, 3, 3)), "supervisor below agent");
        assertThrows(InvalidInputException.class, () -> CatalogueRules.check(new GestureRules("EUR",
                new BigDecimal("-1"), ok.supervisorLimit(), 365, 3, 3)));
        assertThrows(InvalidInputException.class, () -> CatalogueRules.check(new GestureRules("EUR",
                ok.agentLimit(), ok.supervisorLimit(), 0, 3, 3)));
    }
}
