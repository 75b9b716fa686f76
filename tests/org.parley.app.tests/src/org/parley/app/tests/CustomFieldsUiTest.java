package org.parley.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.parley.app.internal.Messages;
import org.parley.app.internal.fields.CustomFieldsDialog;
import org.parley.app.internal.fields.FieldDialog;
import org.parley.app.internal.parts.CaseEditorPart;
import org.parley.app.internal.parts.CaseNavigatorPart;
import org.parley.core.model.Case;
import org.parley.core.model.FieldTarget;
import org.parley.core.model.FieldType;
import org.parley.core.model.Role;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.CustomFieldDraft;
import org.parley.core.service.CustomFields;
import org.parley.core.service.UserDraft;
import org.parley.core.service.UserService;

/**
 * An admin defines a choice field on cases in the Custom fields dialog; an agent fills it in the case editor
 * (a bad number next to it is refused under its input, nothing typed is lost); the navigator filters by it.
 */
class CustomFieldsUiTest {

    @Test
    void anAdminDefinesAChoiceFieldAnAgentSetsItAndTheNavigatorFiltersByIt() throws Exception {
        TestWorkbench bench = TestWorkbench.get();
        UserService users = TestWorkbench.osgiService(UserService.class);
        CustomFields fields = TestWorkbench.osgiService(CustomFields.class);
        if (users.find("fields.admin").isEmpty()) {
            users.create(new UserDraft("fields.admin", "Ana (admin)", Role.ADMIN, 2, false));
            users.create(new UserDraft("fields.agent", "Oleg (agent)", Role.AGENT, 0, false));
        }
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        String channel = "sale-channel-" + suffix;
        String amount = "amount-" + suffix;

        String before = bench.session.login();
        // the admin defines the choice field through the dialog
        bench.signIn("fields.admin");
        Shell main = bench.shell("Parley", 0, 0, 900, 600);
        main.open();
        CustomFieldsDialog admin = new CustomFieldsDialog(main, fields, users, bench.session);
        admin.setBlockOnOpen(false);
        admin.open();
        bench.waitUntil("the admin may add fields", 30, () -> Widgets.button(admin.getShell(), Messages.fieldsAdmin_add)
                .isEnabled());
        FieldDialog define = admin.add();
        define.codeField().setText(channel);
        define.typeField().select(FieldType.CHOICE.ordinal());
        define.typeField().notifyListeners(SWT.Selection, new Event());
        define.labelField("en").setText("Sale channel");
        define.labelField("ru").setText("Канал продажи");
        define.choicesField().setText("Shop\nWeb\nPhone");
        define.okButton().notifyListeners(SWT.Selection, new Event());
        bench.waitUntil("the field is defined", 30, () -> define.getShell() == null);
        bench.waitUntil("the field is listed", 30, () -> Arrays.stream(admin.table().getItems())
                .anyMatch(i -> i.getText(0).equals(channel)));
        fields.define(new CustomFieldDraft(FieldTarget.CASE, amount, "Disputed amount", FieldType.NUMBER, null, false));
        admin.close();

        // the agent sets it in the case editor
        bench.signIn("fields.agent");
        long clientId = bench.clients.create(new ClientDraft("Dorota Kowalska", "pl")).getId();
        Case opened = bench.cases.open(new CaseDraft(clientId, "Refund for a cracked phone screen", "phone"));
        Shell editorShell = bench.editor(opened.getId());
        CaseEditorPart editor = bench.editors.get(opened.getId());
        bench.waitUntil("the editor shows the custom fields", 30,
                () -> editor.caseFieldsForm().input(channel) instanceof Combo);
        Combo choice = (Combo) editor.caseFieldsForm().input(channel);
        choice.select(choice.indexOf("Web"));
        choice.notifyListeners(SWT.Selection, new Event());
        Text number = (Text) editor.caseFieldsForm().input(amount);
        number.setText("about 40");
        bench.click(editorShell, Messages.editor_saveFields);
        assertTrue(editor.caseFieldsForm().error(amount).contains("about 40"), editor.caseFieldsForm().error(amount));
        assertEquals("Web", choice.getText(), "nothing typed is lost on a refused save");
        assertEquals(Map.of(), fields.values(FieldTarget.CASE, opened.getId()), "nothing stored");
        number.setText("39.90");
        bench.click(editorShell, Messages.editor_saveFields);
        bench.waitUntil("the values are stored", 30, () -> Messages.editor_fieldsSaved.equals(editor.fieldsResult()
                .getText()));
        assertEquals(Map.of(channel, "Web", amount, "39.9"), fields.values(FieldTarget.CASE, opened.getId()));
        assertEquals("", editor.caseFieldsForm().error(amount));
        bench.settle(500);
        bench.screenshot(editorShell, "custom-fields.png");

        // the navigator filters by it
        Shell navShell = bench.shell("Parley \u2014 cases", 0, 0, 1180, 600);
        CaseNavigatorPart navigator = bench.navigator(navShell);
        bench.waitUntil("the navigator offers the field", 30,
                () -> navigator.fieldChooser().indexOf("Sale channel") > 0);
        navigator.fieldChooser().select(navigator.fieldChooser().indexOf("Sale channel"));
        navigator.fieldChooser().notifyListeners(SWT.Selection, new Event());
        navigator.fieldValue().setText("Fax");
        bench.waitUntil("a value that is no choice is explained", 30,
                () -> navigator.fieldProblem().getText().contains("Fax"));
        navigator.fieldValue().setText("web");
        bench.waitUntil("only the case with the value is listed", 30, () -> navigator.table().getItemCount() == 1
                && navigator.table().getItem(0).getText(1).equals("Refund for a cracked phone screen"));
        assertFalse(navigator.fieldProblem().getText().contains("Fax"));
        bench.settle(500);
        bench.screenshot(navShell, "custom-fields-filter.png");
        assertNotNull(navigator.countLabel().getText());
        navShell.dispose();
        editorShell.dispose();
        main.dispose();
        bench.signIn(before);
    }
}
