package org.parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.cli.ParleyCommandLine;
import org.parley.cli.tests.Cli.Result;
import org.parley.core.model.Case;
import org.parley.core.model.Client;
import org.parley.core.model.FieldTarget;
import org.parley.core.model.FieldType;
import org.parley.core.model.Role;
import org.parley.core.model.User;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.CaseService;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.ClientService;
import org.parley.core.service.CustomFieldDraft;
import org.parley.core.service.CustomFields;
import org.parley.core.service.Store;
import org.parley.core.service.UserDraft;
import org.parley.core.service.UserService;

/** Exports carry a column per active custom field; imports check those columns and store all or nothing. */
class CustomFieldColumnsTest {

    private CustomFields fields;

    @BeforeEach
    void adminWithFields() {
        Cli.wipe(false);
        UserService users = Cli.service(UserService.class);
        User tester = users.find("tester").orElseGet(() -> users.create(new UserDraft("tester", "Tester", Role.ADMIN, 2,
                false)));
        if (tester.getRole() != Role.ADMIN) {
            users.update("tester", tester.getVersion(), new UserDraft("tester", tester.getDisplayName(), Role.ADMIN,
                    tester.getLevel(), tester.isTrainedForConflicts(), tester.getTeam()));
        }
        fields = Cli.service(CustomFields.class);
        fields.define(new CustomFieldDraft(FieldTarget.CASE, "sale-channel", "Sale channel", FieldType.CHOICE,
                List.of("Shop", "Web"), false));
        fields.define(new CustomFieldDraft(FieldTarget.CASE, "bought-on", "Bought on", FieldType.DATE, null, false));
        fields.define(new CustomFieldDraft(FieldTarget.CLIENT, "credit-limit", "Credit limit", FieldType.NUMBER, null,
                false));
    }

    @AfterEach
    void noFieldsForOtherTests() {
        Cli.wipe(false);
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
    void exportHasTheFieldColumnsAndABadImportedValueIsRefusedWithItsLine() throws Exception {
        ClientService clients = Cli.service(ClientService.class);
        CaseService cases = Cli.service(CaseService.class);
        Client client = clients.create(new ClientDraft("Ana Rusu", "ro"));
        Case c = cases.open(new CaseDraft(client.getId(), "Kettle leaks", "phone"));
        fields.setValues(FieldTarget.CASE, c.getId(), Map.of("sale-channel", "Web", "bought-on", "2026-01-31"));
        fields.setValues(FieldTarget.CLIENT, client.getId(), Map.of("credit-limit", "2500.50"));

        Path out = Files.createTempDirectory("parley-fields-export-");
        Cli.ok("export", "--format", "csv", "--out", out.toString());
        List<String> caseLines = Files.readAllLines(out.resolve("cases.csv"), StandardCharsets.UTF_8);
        assertTrue(caseLines.get(0).endsWith(",field.sale-channel,field.bought-on"), caseLines.get(0));
        assertTrue(caseLines.get(1).endsWith(",Web,2026-01-31"), caseLines.get(1));
        List<String> clientLines = Files.readAllLines(out.resolve("clients.csv"), StandardCharsets.UTF_8);
        assertTrue(clientLines.get(0).endsWith(",field.credit-limit"), clientLines.get(0));
        assertTrue(clientLines.get(1).endsWith(",2500.5"), clientLines.get(1));

        Path in = Files.createTempDirectory("parley-fields-import-");
        Files.write(in.resolve("clients.csv"), List.of("key,name,created_at,field.credit-limit",
                "K-1,Jan Nowak,2024-01-05T10:00:00Z,100"), StandardCharsets.UTF_8);
        Files.write(in.resolve("cases.csv"), List.of("number,client,title,status,channel,opened_at,field.sale-channel,field.bought-on",
                "P-9100001,K-1,Late sofa,NEW,phone,2024-02-01T09:00:00Z,Shop,2024-01-20",
                "P-9100002,K-1,Wrong colour,NEW,phone,2024-02-01T09:00:00Z,Fax,2024-01-20",
                "P-9100003,K-1,Scratched,NEW,phone,2024-02-01T09:00:00Z,Web,20.01.2024"), StandardCharsets.UTF_8);
        Result refused = Cli.run("import", "--format", "csv", in.toString());
        assertEquals(ParleyCommandLine.FAILURE, refused.exit(), refused.out() + refused.err());
        assertTrue(refused.out().contains("cases.csv line 3: Sale channel: \"Fax\" is not one of the choices"),
                refused.out());
        assertTrue(refused.out().contains("cases.csv line 4: Bought on: \"20.01.2024\" is not a date"), refused.out());
        assertEquals(0, Cli.count("SELECT COUNT(*) FROM client WHERE name = 'Jan Nowak'"), "nothing stored half-way");

        Files.write(in.resolve("cases.csv"), List.of("number,client,title,status,channel,opened_at,field.sale-channel",
                "P-9100001,K-1,Late sofa,NEW,phone,2024-02-01T09:00:00Z,shop"), StandardCharsets.UTF_8);
        Cli.ok("import", "--format", "csv", in.toString());
        long caseId = Long.parseLong(Cli.strings("SELECT id FROM conflict_case WHERE case_number = 'P-9100001'").get(0));
        assertEquals(Map.of("sale-channel", "Shop"), fields.values(FieldTarget.CASE, caseId));
        long clientId = cases.find(caseId).orElseThrow().getClient().getId();
        assertEquals(Map.of("credit-limit", "100"), fields.values(FieldTarget.CLIENT, clientId));
    }
}
