package org.parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.cli.ParleyCommandLine;
import org.parley.cli.tests.Cli.Result;
import org.parley.core.model.FieldTarget;
import org.parley.core.model.FieldType;
import org.parley.core.model.Role;
import org.parley.core.service.CustomField;
import org.parley.core.service.CustomFields;
import org.parley.core.service.Session;
import org.parley.core.service.Store;
import org.parley.core.service.UserDraft;
import org.parley.core.service.UserService;

/** {@code parley-cli field ...}: admins define, change, retire and reinstate custom fields; others are refused. */
class FieldCommandsTest {

    private String admin;
    private CustomFields fields;

    @BeforeEach
    void adminAndAnAgent() {
        Cli.wipe(false);
        noFields();
        admin = Cli.admin();
        UserService users = Cli.service(UserService.class);
        if (users.find("f.agent").isEmpty()) {
            users.create(new UserDraft("f.agent", "Field Agent", Role.AGENT, 0, true));
        }
        fields = Cli.service(CustomFields.class);
    }

    @AfterEach
    void backToAdminWithoutFields() {
        Cli.service(Session.class).signIn(admin);
        Cli.wipe(false);
        noFields();
    }

    private static void noFields() {
        Store store = Cli.service(Store.class);
        store.inTransaction(() -> store.jdbc(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM custom_field_value");
                s.executeUpdate("DELETE FROM custom_field");
            }
            return null;
        }));
    }

    @Test
    void anAdminDefinesAChoiceFieldAndAnAgentIsRefused() {
        Result defined = Cli.ok("field", "define", "cases", "sale-channel", "--label", "Sale channel", "--label-ro",
                "Canal de vânzare", "--type", "choice", "--choices", "Shop, Web,Phone", "--required", "yes");
        assertTrue(defined.out().contains("sale-channel  Sale channel  choice  Shop,Web,Phone  required  active"),
                defined.out());
        CustomField f = fields.find(FieldTarget.CASE, "sale-channel").orElseThrow();
        assertEquals(FieldType.CHOICE, f.type());
        assertEquals(List.of("Shop", "Web", "Phone"), f.choices());
        assertTrue(f.required());
        assertEquals(Map.of("en", "Sale channel", "ro", "Canal de vânzare"), f.labels());
        Cli.ok("field", "define", "clients", "credit-limit", "--label", "Credit limit", "--type", "number");

        Cli.service(Session.class).signIn("f.agent");
        Result refused = Cli.run("field", "define", "cases", "region", "--label", "Region", "--type", "text");
        assertEquals(ParleyCommandLine.FAILURE, refused.exit(), refused.out() + refused.err());
        assertEquals(1, refused.errLines().size(), refused.err());
        assertTrue(refused.err().contains("Only an admin may define or change custom fields"), refused.err());
        assertTrue(fields.find(FieldTarget.CASE, "region").isEmpty(), "nothing stored for the agent");
        Result agentRetires = Cli.run("field", "retire", "cases", "sale-channel");
        assertEquals(ParleyCommandLine.FAILURE, agentRetires.exit(), agentRetires.err());
        assertTrue(fields.find(FieldTarget.CASE, "sale-channel").orElseThrow().active());

        // anyone may look
        Result list = Cli.ok("field", "list");
        List<String> lines = list.out().lines().toList();
        assertEquals("Custom fields of cases:", lines.get(0), list.out());
        assertTrue(lines.get(1).matches("\\s+sale-channel\\s+Sale channel\\s+choice\\s+Shop,Web,Phone\\s+required\\s+active"),
                list.out());
        assertTrue(list.out().contains("Custom fields of clients:"), list.out());
        assertTrue(list.out().lines().anyMatch(l -> l.matches("\\s+credit-limit\\s+Credit limit\\s+number\\s+-\\s+optional\\s+active")),
                list.out());
        Result onlyClients = Cli.ok("field", "list", "--target", "clients");
        assertFalse(onlyClients.out().contains("sale-channel"), onlyClients.out());
        assertTrue(onlyClients.out().contains("credit-limit"), onlyClients.out());
    }

    @Test
    void changeRetireAndReinstateKeepCodeAndType() {
        Cli.ok("field", "define", "cases", "sale-channel", "--label", "Sale channel", "--type", "choice", "--choices",
                "Shop,Web");
        Cli.ok("field", "change", "cases", "sale-channel", "--label", "Channel", "--choices", "Shop,Web,Fair",
                "--required", "yes");
        CustomField f = fields.find(FieldTarget.CASE, "sale-channel").orElseThrow();
        assertEquals("Channel", f.labels().get("en"));
        assertEquals(List.of("Shop", "Web", "Fair"), f.choices());
        assertTrue(f.required());

        Result retired = Cli.ok("field", "retire", "cases", "sale-channel");
        assertTrue(retired.out().contains("sale-channel on cases is retired"), retired.out());
        assertFalse(fields.find(FieldTarget.CASE, "sale-channel").orElseThrow().active());
        assertTrue(Cli.ok("field", "list", "--target", "cases").out().contains("retired"));
        assertTrue(Cli.ok("field", "retire", "cases", "sale-channel").out().contains("already retired"));

        Cli.ok("field", "reinstate", "cases", "sale-channel");
        assertTrue(fields.find(FieldTarget.CASE, "sale-channel").orElseThrow().active());
        assertEquals(2, Cli.count("SELECT COUNT(*) FROM audit_event WHERE action IN ('customField.retired', "
                + "'customField.reinstated')"));
    }

    @Test
    void badInputIsRefusedInOneLineAndNothingIsStored() {
        Result badType = Cli.run("field", "define", "cases", "price", "--label", "Price", "--type", "money");
        assertEquals(ParleyCommandLine.USAGE, badType.exit(), badType.err());
        assertTrue(badType.errLines().get(0).contains("--type \"money\" is not one of text|number|date|choice"),
                badType.err());

        Result badTarget = Cli.run("field", "define", "invoices", "price", "--label", "Price", "--type", "number");
        assertEquals(ParleyCommandLine.USAGE, badTarget.exit(), badTarget.err());
        assertTrue(badTarget.errLines().get(0).contains("\"invoices\" is not a field target"), badTarget.err());

        Result noChoices = Cli.run("field", "define", "cases", "channel", "--label", "Channel", "--type", "choice");
        assertEquals(ParleyCommandLine.USAGE, noChoices.exit(), noChoices.err());
        assertTrue(noChoices.errLines().get(0).contains("A choice field needs --choices"), noChoices.err());

        Result badCode = Cli.run("field", "define", "cases", "9lives", "--label", "Lives", "--type", "number");
        assertEquals(ParleyCommandLine.FAILURE, badCode.exit(), badCode.err());
        assertEquals(1, badCode.errLines().size(), badCode.err());
        assertTrue(badCode.err().contains("is not a field code"), badCode.err());

        Result unknown = Cli.run("field", "retire", "clients", "shoe-size");
        assertEquals(ParleyCommandLine.FAILURE, unknown.exit(), unknown.err());
        assertEquals(1, unknown.errLines().size(), unknown.err());
        assertTrue(unknown.err().contains("There is no custom field \"shoe-size\" on clients"), unknown.err());

        assertEquals(0, Cli.count("SELECT COUNT(*) FROM custom_field"), "nothing stored");
        assertTrue(Cli.ok("field", "list").out().contains("No custom fields on cases."));

        Cli.ok("field", "define", "clients", "vip", "--label", "VIP", "--type", "text");
        Result taken = Cli.run("field", "define", "clients", "vip", "--label", "VIP again", "--type", "text");
        assertEquals(ParleyCommandLine.FAILURE, taken.exit(), taken.err());
        assertTrue(taken.err().contains("There is already a field with the code \"vip\""), taken.err());
        Result choicesOnText = Cli.run("field", "change", "clients", "vip", "--choices", "a,b");
        assertEquals(ParleyCommandLine.USAGE, choicesOnText.exit(), choicesOnText.err());
        Result nothing = Cli.run("field", "change", "clients", "vip");
        assertEquals(ParleyCommandLine.USAGE, nothing.exit(), nothing.err());
        assertEquals(1, Cli.count("SELECT COUNT(*) FROM custom_field"));
        assertEquals("VIP", fields.find(FieldTarget.CLIENT, "vip").orElseThrow().labels().get("en"));
    }
}
