package org.parley.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.core.model.Case;
import org.parley.core.model.Client;
import org.parley.core.model.FieldTarget;
import org.parley.core.model.FieldType;
import org.parley.core.model.Role;
import org.parley.core.model.Severity;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.CaseQuery;
import org.parley.core.service.CaseRow;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.CustomField;
import org.parley.core.service.CustomFieldDraft;
import org.parley.core.service.FieldCriterion;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.UserDraft;

/** Custom fields on a real database, H2 and PostgreSQL alike: definitions, validation, storage and filters. */
class CustomFieldsTest {

    static java.util.stream.Stream<String> databases() {
        return TestDatabases.kinds();
    }

    private static final CustomFieldDraft CHANNEL_OF_SALE = new CustomFieldDraft(FieldTarget.CASE, "sale-channel",
            Map.of("en", "Sale channel", "ru", "Канал продажи"), FieldType.CHOICE, List.of("Shop", "Web", "Phone"), false);
    private static final CustomFieldDraft AMOUNT = new CustomFieldDraft(FieldTarget.CASE, "amount", "Disputed amount",
            FieldType.NUMBER, null, false);
    private static final CustomFieldDraft BOUGHT = new CustomFieldDraft(FieldTarget.CASE, "bought-on", "Bought on",
            FieldType.DATE, null, false);
    private static final CustomFieldDraft ORDER = new CustomFieldDraft(FieldTarget.CASE, "order-ref", "Order reference",
            FieldType.TEXT, null, true);
    private static final CustomFieldDraft CONTRACT = new CustomFieldDraft(FieldTarget.CLIENT, "contract", "Contract",
            FieldType.TEXT, null, false);

    @ParameterizedTest
    @MethodSource("databases")
    void adminsDefineFieldsAndValuesOfEachTypeRoundTrip(String kind) throws Exception {
        DatabaseSettings db = TestDatabases.fresh(kind);
        long caseId;
        try (var desk = TestDatabases.desktop(db, "ana")) {
            desk.users.create(new UserDraft("ana", "Ana Admin", Role.ADMIN, 2, false));
            CustomField choice = desk.fields.define(CHANNEL_OF_SALE);
            desk.fields.define(AMOUNT);
            desk.fields.define(BOUGHT);
            desk.fields.define(ORDER);
            assertEquals(List.of("sale-channel", "amount", "bought-on", "order-ref"),
                    desk.fields.list(FieldTarget.CASE).stream().map(CustomField::code).toList());
            assertEquals("Канал продажи", choice.label("ru"));
            assertEquals("Sale channel", choice.label("pl"), "English when there is no label in the language");
            assertTrue(desk.fields.list(FieldTarget.CLIENT).isEmpty(), "fields are per target");
            caseId = openCase(desk, "Broken kettle").getId();
            Map<String, String> stored = desk.fields.setValues(FieldTarget.CASE, caseId, Map.of("sale-channel", "web",
                    "amount", "1 250,50", "bought-on", " 2026-01-31 ", "order-ref", "  A-77  "));
            assertEquals(Map.of("sale-channel", "Web", "amount", "1250.5", "bought-on", "2026-01-31", "order-ref", "A-77"),
                    stored, "values are normalised: the choice's own spelling, plain numbers, ISO dates, trimmed text");
            assertTrue(desk.audit.history(EntityNames.CASE, caseId).stream().anyMatch(e -> e.getAction().equals("case.fields")),
                    "setting values is audited on the case");
            assertTrue(desk.audit.history(EntityNames.CUSTOM_FIELD, choice.id()).stream()
                    .anyMatch(e -> e.getAction().equals("customField.defined")));
        }
        try (var other = TestDatabases.desktop(db, "ana")) {
            assertEquals(List.of("sale-channel", "amount", "bought-on", "order-ref"),
                    List.copyOf(other.fields.values(FieldTarget.CASE, caseId).keySet()), "values come in display order");
            assertEquals("1250.5", other.fields.values(FieldTarget.CASE, caseId).get("amount"));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void badValuesAreRefusedNamingTheFieldAndNothingIsStored(String kind) throws Exception {
        try (var desk = TestDatabases.desktop(TestDatabases.fresh(kind), "ana")) {
            desk.users.create(new UserDraft("ana", "Ana Admin", Role.ADMIN, 2, false));
            desk.fields.define(CHANNEL_OF_SALE);
            desk.fields.define(AMOUNT);
            desk.fields.define(BOUGHT);
            desk.fields.define(ORDER);
            long caseId = openCase(desk, "Broken kettle").getId();
            Map<String, String> good = Map.of("sale-channel", "Shop", "amount", "10", "bought-on", "2026-01-31",
                    "order-ref", "A-1");
            desk.fields.setValues(FieldTarget.CASE, caseId, good);
            refused(desk, caseId, with(good, "amount", "ten"), "amount", "ten");
            refused(desk, caseId, with(good, "amount", "1234567890123456789"), "amount", "1234567890123456789");
            refused(desk, caseId, with(good, "amount", "0.0000001"), "amount", "0.0000001");
            refused(desk, caseId, with(good, "bought-on", "31.01.2026"), "bought-on", "31.01.2026");
            refused(desk, caseId, with(good, "bought-on", "2026-02-30"), "bought-on", "2026-02-30");
            refused(desk, caseId, with(good, "sale-channel", "Fax"), "sale-channel", "Fax");
            refused(desk, caseId, with(good, "order-ref", " "), "order-ref", "Order reference");
            refused(desk, caseId, with(good, "order-ref", "x".repeat(1001)), "order-ref", "too long");
            refused(desk, caseId, with(good, "no-such", "1"), "no-such", "no-such");
            assertEquals(Map.of("sale-channel", "Shop", "amount", "10", "bought-on", "2026-01-31", "order-ref", "A-1"),
                    desk.fields.values(FieldTarget.CASE, caseId), "a refused change stores nothing, not even its good values");
            assertEquals(1, desk.audit.history(EntityNames.CASE, caseId).stream()
                    .filter(e -> e.getAction().equals("case.fields")).count());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void onlyAdminsDefineChangeRetireOrReorder(String kind) throws Exception {
        try (var desk = TestDatabases.desktop(TestDatabases.fresh(kind), "ana");
                var agent = TestDatabases.desktop(desk.store.settings(), "oleg")) {
            desk.users.create(new UserDraft("ana", "Ana Admin", Role.ADMIN, 2, false));
            desk.users.create(new UserDraft("oleg", "Oleg Agent", Role.AGENT, 0, false));
            CustomField f = desk.fields.define(AMOUNT);
            assertEquals("role", assertThrows(InvalidInputException.class, () -> agent.fields.define(BOUGHT)).field());
            assertEquals("role", assertThrows(InvalidInputException.class,
                    () -> agent.fields.setActive(f.id(), f.version(), false)).field());
            assertEquals("role", assertThrows(InvalidInputException.class,
                    () -> agent.fields.reorder(FieldTarget.CASE, List.of("amount"))).field());
            assertEquals("code", assertThrows(InvalidInputException.class, () -> desk.fields.define(AMOUNT)).field(),
                    "codes are unique per target");
            desk.fields.define(new CustomFieldDraft(FieldTarget.CLIENT, "amount", "Credit limit", FieldType.NUMBER, null,
                    false));
            assertEquals("type", assertThrows(InvalidInputException.class, () -> desk.fields.change(f.id(), f.version(),
                    new CustomFieldDraft(FieldTarget.CASE, "amount", "Amount", FieldType.TEXT, null, false))).field());
            CustomField renamed = desk.fields.change(f.id(), f.version(), new CustomFieldDraft(FieldTarget.CASE, "amount",
                    Map.of("en", "Amount in dispute", "ro", "Suma contestată"), FieldType.NUMBER, null, true));
            assertEquals("Suma contestată", renamed.label("ro"));
            assertTrue(renamed.required());
            desk.fields.define(BOUGHT);
            assertEquals(List.of("bought-on", "amount"), desk.fields.reorder(FieldTarget.CASE, List.of("bought-on"))
                    .stream().map(CustomField::code).toList());
            assertEquals("code", assertThrows(InvalidInputException.class,
                    () -> new CustomFieldDraft(FieldTarget.CASE, "Bad Code", "x", FieldType.TEXT, null, false)).field());
            assertEquals("choices", assertThrows(InvalidInputException.class,
                    () -> new CustomFieldDraft(FieldTarget.CASE, "c", "x", FieldType.CHOICE, List.of(" "), false)).field());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void retiredFieldsKeepTheirValuesReadable(String kind) throws Exception {
        try (var desk = TestDatabases.desktop(TestDatabases.fresh(kind), "ana")) {
            desk.users.create(new UserDraft("ana", "Ana Admin", Role.ADMIN, 2, false));
            CustomField amount = desk.fields.define(AMOUNT);
            CustomField channel = desk.fields.define(CHANNEL_OF_SALE);
            long caseId = openCase(desk, "Broken kettle").getId();
            desk.fields.setValues(FieldTarget.CASE, caseId, Map.of("amount", "99.90", "sale-channel", "Phone"));
            CustomField retired = desk.fields.setActive(amount.id(), amount.version(), false);
            assertFalse(retired.active());
            assertEquals(List.of("sale-channel"), desk.fields.active(FieldTarget.CASE).stream().map(CustomField::code).toList());
            // "Phone" is removed from the choices: where stored, it stays acceptable
            desk.fields.change(channel.id(), channel.version(), new CustomFieldDraft(FieldTarget.CASE, "sale-channel",
                    "Sale channel", FieldType.CHOICE, List.of("Shop", "Web"), false));
            Map<String, String> after = desk.fields.setValues(FieldTarget.CASE, caseId, Map.of("sale-channel", "Phone"));
            assertEquals(Map.of("amount", "99.9", "sale-channel", "Phone"), after, "the retired field's value is kept");
            assertEquals("amount", assertThrows(InvalidInputException.class, () -> desk.fields.setValues(FieldTarget.CASE,
                    caseId, Map.of("amount", "5"))).field(), "a retired field's value can no longer change");
            assertEquals("sale-channel", assertThrows(InvalidInputException.class, () -> desk.fields.setValues(
                    FieldTarget.CASE, openCase(desk, "Other").getId(), Map.of("sale-channel", "Phone"))).field());
            desk.fields.setActive(retired.id(), retired.version(), true);
            assertEquals("99.9", desk.fields.values(FieldTarget.CASE, caseId).get("amount"), "reinstated with its values");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theNavigatorFiltersByEachTypeOfCaseAndClientField(String kind) throws Exception {
        try (var desk = TestDatabases.desktop(TestDatabases.fresh(kind), "ana")) {
            desk.users.create(new UserDraft("ana", "Ana Admin", Role.ADMIN, 2, false));
            desk.fields.define(CHANNEL_OF_SALE);
            desk.fields.define(AMOUNT);
            desk.fields.define(BOUGHT);
            desk.fields.define(new CustomFieldDraft(FieldTarget.CASE, "order-ref", "Order reference", FieldType.TEXT,
                    null, false));
            desk.fields.define(CONTRACT);
            Case kettle = openCase(desk, "Kettle");
            Case sofa = openCase(desk, "Sofa");
            Case lamp = openCase(desk, "Lamp");
            desk.fields.setValues(FieldTarget.CASE, kettle.getId(), Map.of("sale-channel", "Web", "amount", "20",
                    "bought-on", "2026-01-05", "order-ref", "WEB-1001"));
            desk.fields.setValues(FieldTarget.CASE, sofa.getId(), Map.of("sale-channel", "Shop", "amount", "899.99",
                    "bought-on", "2026-02-14", "order-ref", "SHOP-7"));
            Client vip = desk.clients.create(new ClientDraft("Big Buyer Ltd", "en"));
            desk.fields.setValues(FieldTarget.CLIENT, vip.getId(), Map.of("contract", "Gold-2026"));
            Case vipCase = desk.cases.open(new CaseDraft(vip.getId(), "Desk", null, "email", Severity.NORMAL, 0, null));

            assertEquals(Set.of("Kettle"), titles(desk, FieldCriterion.matching(FieldTarget.CASE, "sale-channel", "web")));
            assertEquals(Set.of("Sofa"), titles(desk, FieldCriterion.matching(FieldTarget.CASE, "order-ref", "shop")),
                    "text matches a part, ignoring case");
            assertEquals(Set.of("Sofa"), titles(desk, FieldCriterion.between(FieldTarget.CASE, "amount", "100", null)));
            assertEquals(Set.of("Kettle"), titles(desk, FieldCriterion.matching(FieldTarget.CASE, "amount", "20.00")),
                    "a number typed alone is an equality");
            assertEquals(Set.of("Kettle", "Sofa"), titles(desk, FieldCriterion.between(FieldTarget.CASE, "bought-on",
                    "2026-01-01", "2026-02-14")), "date ranges include both ends");
            assertEquals(Set.of("Sofa"), titles(desk, FieldCriterion.between(FieldTarget.CASE, "bought-on", "2026-02-01",
                    null), FieldCriterion.matching(FieldTarget.CASE, "sale-channel", "Shop")));
            assertEquals(Set.of("Desk"), titles(desk, FieldCriterion.matching(FieldTarget.CLIENT, "contract", "gold")),
                    "a case is found by its client's fields");
            assertEquals(Set.of("Kettle", "Sofa"), titles(desk, FieldCriterion.between(FieldTarget.CASE, "amount", null,
                    null)), "a field without a condition finds the cases that have a value");
            assertEquals(1, desk.cases.count(CaseQuery.all().withFields(List.of(
                    FieldCriterion.matching(FieldTarget.CASE, "sale-channel", "Web")))));
            assertEquals("amount", assertThrows(InvalidInputException.class, () -> titles(desk,
                    FieldCriterion.between(FieldTarget.CASE, "amount", "lots", null))).field());
            assertEquals("sale-channel", assertThrows(InvalidInputException.class, () -> titles(desk,
                    FieldCriterion.matching(FieldTarget.CASE, "sale-channel", "Fax"))).field());
            assertTrue(lamp.getId() > 0 && vipCase.getId() > 0);
        }
    }

    /** The titles of the cases matching {@code criteria}; the count (written differently in SQL) must agree. */
    private static Set<String> titles(TestDatabases.Desktop desk, FieldCriterion... criteria) {
        CaseQuery query = CaseQuery.all().withFields(List.of(criteria));
        List<CaseRow> rows = desk.cases.list(query, 0, 100);
        assertEquals(rows.size(), desk.cases.count(query), "count of " + List.of(criteria));
        return rows.stream().map(CaseRow::title).collect(Collectors.toSet());
    }

    private static Case openCase(TestDatabases.Desktop desk, String title) {
        Client c = desk.clients.create(new ClientDraft("Client of " + title, "en"));
        return desk.cases.open(new CaseDraft(c.getId(), title, null, "phone", Severity.NORMAL, 0, null));
    }

    private static Map<String, String> with(Map<String, String> base, String code, String value) {
        Map<String, String> m = new HashMap<>(base);
        m.put(code, value);
        return m;
    }

    private static void refused(TestDatabases.Desktop desk, long caseId, Map<String, String> values, String field,
            String inMessage) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> desk.fields.setValues(FieldTarget.CASE, caseId, values));
        assertEquals(field, e.field());
        assertTrue(e.getMessage().contains(inMessage), e.getMessage());
    }
}
