package org.parley.compensation.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.app.tests.TestWorkbench;
import org.parley.app.tests.Widgets;
import org.parley.compensation.Catalogue;
import org.parley.compensation.CatalogueItem;
import org.parley.compensation.CatalogueService;
import org.parley.compensation.Gesture;
import org.parley.compensation.GestureAdvice;
import org.parley.compensation.GestureBudgets;
import org.parley.compensation.GestureKind;
import org.parley.compensation.GestureReports;
import org.parley.compensation.GestureService;
import org.parley.compensation.GestureState;
import org.parley.compensation.ui.internal.ApprovalsPart;
import org.parley.compensation.ui.internal.BudgetDialog;
import org.parley.compensation.ui.internal.CataloguePart;
import org.parley.compensation.ui.internal.ItemDialog;
import org.parley.compensation.ui.internal.SpendPart;
import org.parley.complaints.InvestigationDraft;
import org.parley.complaints.InvestigationService;
import org.parley.core.model.Language;
import org.parley.core.model.Role;
import org.parley.core.service.AuditService;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.UserDraft;
import org.parley.core.service.UserService;
import org.parley.script.Step;
import org.parley.script.ui.StepAssist;

/**
 * An admin edits the gesture catalogue (a new item refused until it is sound, an item retired, the agent limit
 * changed) and sets a team budget; an agent gets ranked alternatives on a case and proposes a refund above the
 * agent's limit; it waits for the supervisor, who approves it; the spend report shows it. Screenshots go to
 * docs/screenshots.
 */
class GestureCatalogueTest {

    private static TestWorkbench bench;
    private static String admin;
    private static UserService users;

    @BeforeAll
    static void services() throws Exception {
        bench = TestWorkbench.get();
        for (Class<?> type : new Class<?>[] { CatalogueService.class, GestureBudgets.class, GestureService.class,
                GestureAdvice.class, GestureReports.class, InvestigationService.class, UserService.class,
                AuditService.class }) {
            put(type);
        }
        users = TestWorkbench.osgiService(UserService.class);
        admin = bench.session.login();
        var me = users.find(admin).orElseThrow();
        if (me.getRole() != Role.ADMIN) {
            users.update(admin, me.getVersion(), new UserDraft(admin, me.getDisplayName(), Role.ADMIN, 3, true));
        }
        users.create(new UserDraft("ui.agent", "Ana Agent", Role.AGENT, 0, false, "north"));
        users.create(new UserDraft("ui.lead", "Lev Lead", Role.SUPERVISOR, 1, true, "north"));
        signIn(admin);
    }

    private static <T> void put(Class<T> type) throws InterruptedException {
        bench.context.set(type, TestWorkbench.osgiService(type));
    }

    private static void signIn(String login) {
        bench.signIn(login);
    }

    @AfterEach
    void backToAdmin() {
        signIn(admin);
    }

    private static void click(Control root, String label) {
        bench.click(root, label);
    }

    private static void select(Table table, int row) {
        table.setSelection(row);
        table.notifyListeners(SWT.Selection, new Event());
        bench.settle(100);
    }

    private static Shell dialog(String title) {
        bench.waitUntil("the " + title + " dialog opens", 10, () -> Arrays.stream(bench.display.getShells())
                .anyMatch(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText())));
        return Arrays.stream(bench.display.getShells()).filter(s -> !s.isDisposed() && title.equals(s.getText()))
                .findFirst().orElseThrow();
    }

    private static List<Table> tables(Control root) {
        return Widgets.all(root).stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    private static int row(Table table, int column, String text) {
        TableItem[] rows = table.getItems();
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].getText(column).equals(text)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void anAdminAddsAnItemRetiresAnotherChangesTheLimitAndSetsABudget() throws Exception {
        CatalogueService catalogue = bench.context.get(CatalogueService.class);
        int before = catalogue.current().version();
        Shell shell = bench.shell("Gesture catalogue", 0, 0, 1580, 980);
        bench.part(CataloguePart.class, shell);
        Table items = tables(shell).get(0);
        bench.waitUntil("the shipped catalogue is shown", 30, () -> items.getItemCount() == 9);

        click(shell, "&New item...");
        Shell itemShell = dialog("New catalogue item");
        ItemDialog item = (ItemDialog) itemShell.getData();
        item.code.setText("Loyalty Voucher!");
        item.kind.select(GestureKind.FIXED_CREDIT.ordinal());
        item.kind.notifyListeners(SWT.Selection, new Event());
        item.valueFrom.setText("10");
        item.valueTo.setText("25");
        item.cost.setText("-1");
        item.names.get(Language.EN).setText("Loyalty voucher");
        click(itemShell, "OK");
        bench.waitUntil("the bad cost is refused", 10, () -> item.getErrorMessage() != null);
        assertTrue(item.getErrorMessage().contains("negative") || item.getErrorMessage().contains("item code"),
                item.getErrorMessage());
        item.code.setText("loyalty-voucher");
        click(itemShell, "OK");
        bench.waitUntil("the negative cost is refused", 10, () -> item.getErrorMessage() != null
                && item.getErrorMessage().contains("negative"));
        item.cost.setText("2");
        item.names.get(Language.RU).setText("Ваучер лояльности");
        item.names.get(Language.RO).setText("Voucher de fidelitate");
        item.names.get(Language.PL).setText("Bon lojalnościowy");
        item.redemption.get(Language.EN).setText("Quote the voucher code on your next order within 90 days.");
        item.perClientLimit.setText("1");
        item.perClientDays.setText("365");
        int late = -1;
        for (int i = 0; i < item.rootCauses.getItemCount(); i++) {
            if ("late-delivery".equals(item.rootCauses.getItem(i).getData())) {
                late = i;
            }
        }
        assertTrue(late >= 0, "the department's root causes are offered");
        item.rootCauses.getItem(late).setChecked(true);
        bench.screenshot(itemShell, "gesture-catalogue-item.png");
        click(itemShell, "OK");
        bench.waitUntil("the item joins the list", 10, () -> items.getItemCount() == 10);
        assertTrue(itemShell.isDisposed());

        select(items, row(items, 0, "discount-next-order"));
        click(shell, "&Retire");
        select(items, row(items, 0, "loyalty-voucher"));
        click(shell, "Move &up");
        assertEquals(8, row(items, 0, "loyalty-voucher"), "moved above the last item");
        Text agentLimit = Widgets.all(shell).stream().filter(Text.class::isInstance).map(Text.class::cast)
                .filter(t -> t.getText().equals("50")).findFirst().orElseThrow();
        agentLimit.setText("40");
        assertTrue(Widgets.labelTexts(shell).stream().anyMatch(l -> l.startsWith("Unsaved changes")));
        click(shell, "&Save as new version");
        bench.waitUntil("the catalogue is saved as the next version", 30, () -> Widgets.labelTexts(shell).stream()
                .anyMatch(l -> l.startsWith("Gesture catalogue, version " + (before + 1))));

        click(shell, "Add &budget...");
        Shell budgetShell = dialog("Team budget");
        BudgetDialog budget = (BudgetDialog) budgetShell.getData();
        budget.team.setText("south");
        budget.amount.setText("-300");
        click(budgetShell, "OK");
        bench.waitUntil("a negative budget is refused", 10, () -> budget.getErrorMessage() != null);
        budget.amount.setText("300");
        click(budgetShell, "OK");
        Table budgets = tables(shell).get(1);
        bench.waitUntil("the budget is listed", 20, () -> row(budgets, 0, "south") >= 0);
        bench.screenshot(shell, "gesture-catalogue.png");

        Catalogue saved = catalogue.current();
        assertEquals(before + 1, saved.version());
        assertEquals(0, new BigDecimal("40").compareTo(saved.rules().agentLimit()));
        CatalogueItem voucher = saved.item("loyalty-voucher").orElseThrow();
        assertEquals("Ваучер лояльности", voucher.name(Language.RU));
        assertEquals(List.of("late-delivery"), voucher.rootCauses());
        assertFalse(saved.item("discount-next-order").orElseThrow().active());
        assertEquals(8, saved.items().indexOf(voucher));
        shell.close();

        // an agent sees the catalogue read-only
        signIn("ui.agent");
        Shell readOnly = bench.shell("Gesture catalogue (agent)", 0, 0, 1200, 700);
        bench.part(CataloguePart.class, readOnly);
        bench.waitUntil("the catalogue is read-only for an agent", 30, () -> Widgets.labelTexts(readOnly).stream()
                .anyMatch(l -> l.startsWith("Read-only")));
        assertFalse(Widgets.button(readOnly, "&New item...").isEnabled());
        assertFalse(Widgets.button(readOnly, "&Import...").isEnabled());
        readOnly.close();
    }

    @Test
    void anAgentsGestureAboveTheLimitWaitsForTheSupervisorAndShowsInTheSpendReport() throws Exception {
        GestureBudgets budgets = bench.context.get(GestureBudgets.class);
        java.time.LocalDate month = java.time.LocalDate.now().withDayOfMonth(1);
        if (budgets.of("north", java.time.LocalDate.now()).isEmpty()) {
            budgets.save(new org.parley.compensation.Budget(0, 0, "north", month, month.plusMonths(1).minusDays(1),
                    new BigDecimal("300")));
        }
        long clientId = bench.clients.create(new ClientDraft("Radu Ionescu", "ro")).getId();
        long caseId = bench.cases.open(new CaseDraft(clientId, "Kettle leaks after two days", "phone")).getId();
        signIn("ui.lead");
        bench.context.get(InvestigationService.class).save(caseId, 0, new InvestigationDraft(
                "The kettle leaks at the base; second one this month", null, "product-quality", null));

        signIn("ui.agent");
        Shell editor = bench.editor(caseId);
        Control page = bench.tab(editor, "Gestures");
        Table alternatives = tables(page).get(0);
        bench.waitUntil("the alternatives are ranked", 30, () -> alternatives.getItemCount() > 3);
        assertEquals("Refund", alternatives.getItem(0).getText(1), "made for bad quality and cheapest");
        assertEquals("100", alternatives.getItem(0).getText(0));
        assertTrue(List.of(alternatives.getItems()).stream().anyMatch(i -> i.getText(1).startsWith("Free repair")));
        select(alternatives, 0);
        Text value = Widgets.all(page).stream().filter(Text.class::isInstance).map(Text.class::cast)
                .filter(Text::isEnabled).findFirst().orElseThrow();
        value.setText("120");
        bench.waitUntil("the check says who approves", 20, () -> Widgets.labelTexts(page).stream()
                .anyMatch(l -> l.contains("a supervisor must approve it")));
        bench.scrollToEnd(editor);
        bench.screenshot(editor, "gesture-alternatives.png");
        click(page, "&Propose");
        Table onCase = tables(page).get(1);
        bench.waitUntil("the proposal is listed on the case", 20, () -> onCase.getItemCount() == 1);
        assertEquals("proposed", onCase.getItem(0).getText(3));
        assertEquals("supervisor", onCase.getItem(0).getText(4));
        select(onCase, 0);
        bench.scrollToEnd(editor);
        bench.screenshot(editor, "gesture-proposed.png");

        signIn("ui.lead");
        Shell queue = bench.shell("Gesture approvals", 0, 0, 1500, 420);
        bench.part(ApprovalsPart.class, queue);
        Table waiting = tables(queue).get(0);
        bench.waitUntil("the supervisor sees the proposal", 30, () -> waiting.getItemCount() == 1);
        select(waiting, 0);
        bench.screenshot(queue, "gesture-approvals.png");
        click(queue, "&Approve...");
        bench.waitUntil("the gesture is approved", 20, () -> waiting.getItemCount() == 0);
        Gesture approved = bench.context.get(GestureService.class).ofCase(caseId).get(0);
        assertEquals(GestureState.APPROVED, approved.state());
        assertEquals("ui.lead", approved.decidedBy());
        queue.close();

        // the client accepts: the closing message's remedy fields are filled in the client's language
        signIn("ui.agent");
        GestureService service = bench.context.get(GestureService.class);
        Gesture offered = service.offer(approved.id(), approved.version());
        service.answer(offered.id(), offered.version(), true, null);
        click(editor, "Reload");
        Control resolution = bench.tab(editor, "Resolution");
        bench.waitUntil("the accepted gesture fills the remedy", 20, () -> Widgets.all(resolution).stream()
                .filter(Text.class::isInstance).map(Text.class::cast)
                .anyMatch(t -> t.getText().equals("Rambursare (120 EUR)")));
        assertTrue(Widgets.all(resolution).stream().filter(Text.class::isInstance).map(Text.class::cast)
                .anyMatch(t -> t.getText().startsWith("Banii revin")), "how to redeem it, in Romanian");
        signIn("ui.lead");

        Shell report = bench.shell("Gesture spend", 0, 0, 1300, 700);
        bench.part(SpendPart.class, report);
        Table spend = tables(report).get(0);
        bench.waitUntil("the spend report shows the team", 30, () -> row(spend, 0, "north") >= 0);
        TableItem north = spend.getItem(row(spend, 0, "north"));
        assertEquals("122 EUR", north.getText(2), "the refund plus its processing cost");
        assertEquals("300 EUR", north.getText(3), "against the team's budget");
        bench.screenshot(report, "gesture-spend.png");
        report.close();
        for (Label l : Widgets.all(page).stream().filter(Label.class::isInstance).map(Label.class::cast).toList()) {
            assertFalse(l.getText().startsWith("!"), "no missing text: " + l.getText());
        }
    }

    @Test
    void aScriptsGestureStepOffersTheCatalogue() throws Exception {
        StepAssist assist = TestWorkbench.osgiService(StepAssist.class);
        assertTrue(assist.appliesTo(new Step("gesture", "say", "Offer a gesture", null, null, null, null, null)));
        assertEquals("Propose a &gesture...", assist.label(java.util.Locale.ENGLISH));
    }
}
