package org.parley.termination.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.app.internal.dialogs.NewCaseDialog;
import org.parley.app.internal.handlers.NewCaseHandler;
import org.parley.app.tests.TestWorkbench;
import org.parley.app.tests.Widgets;
import org.parley.compensation.Gesture;
import org.parley.compensation.GestureDraft;
import org.parley.compensation.GestureService;
import org.parley.core.model.Case;
import org.parley.core.model.CaseStatus;
import org.parley.core.model.Commitment;
import org.parley.core.model.CommitmentKind;
import org.parley.core.model.CommitmentState;
import org.parley.core.model.Direction;
import org.parley.core.model.Role;
import org.parley.core.model.Severity;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.CommitmentDraft;
import org.parley.core.service.InteractionDraft;
import org.parley.core.service.UserDraft;
import org.parley.core.service.UserService;
import org.parley.script.ToneCheck;
import org.parley.termination.ClientClassifier;
import org.parley.termination.PreContractService;
import org.parley.termination.TerminationService;
import org.parley.termination.TerminationState;
import org.parley.termination.ui.internal.ChecklistDialog;
import org.parley.termination.ui.internal.ProblemClientsPart;

/**
 * A problem client in the workbench: the Client tab shows the evidence behind the classification, the checklist
 * names the open promise and cases that block the end, and once they are kept, the letter drafted and the sign-off
 * given, the relationship is ended; a new case for the client then warns the agent. Screenshots go to docs/screenshots.
 */
class ProblemClientTerminationTest {

    private static TestWorkbench bench;
    private static String admin;

    @BeforeAll
    static void services() throws Exception {
        bench = TestWorkbench.get();
        for (Class<?> type : new Class<?>[] { ClientClassifier.class, TerminationService.class,
                PreContractService.class, UserService.class, ToneCheck.class, GestureService.class }) {
            put(type);
        }
        UserService users = TestWorkbench.osgiService(UserService.class);
        admin = bench.session.login();
        users.create(new UserDraft("pc.agent", "Ana Agent", Role.AGENT, 0, false, "north"));
        users.create(new UserDraft("pc.lead", "Lev Lead", Role.SUPERVISOR, 1, true, "north"));
        users.create(new UserDraft("pc.head", "Hanna Head", Role.DEPARTMENT_HEAD, 2, true));
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

    private static boolean rowContains(Table table, String text) {
        for (TableItem i : table.getItems()) {
            for (int c = 0; c < table.getColumnCount(); c++) {
                if (i.getText(c).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void theEvidenceTheBlockingObligationsAndTheEndOfTheRelationship() throws Exception {
        signIn("pc.agent");
        long client = bench.clients.create(new ClientDraft("Victor Grant", "en")).getId();
        String[][] record = {
            { "Parcel late for the third time", "phone", "Where is my parcel? Third time late." },
            { "One-star review", "public-review", "One star. Slow and rude." },
            { "Demands 500 EUR", "email", "You are idiots. Pay me 500 euros or I will take you to court." },
            { "Review: liars", "public-review", "Liars and idiots, do not buy here." },
            { "Threatens police", "phone", "I am calling the police and my lawyer." } };
        List<Case> cases = new java.util.ArrayList<>();
        for (String[] r : record) {
            Case c = bench.cases.open(new CaseDraft(client, r[0], null, r[1], Severity.HIGH, 0, null));
            bench.cases.addInteraction(c.getId(), new InteractionDraft(r[1], Direction.INBOUND, Instant.now(), r[2],
                    null));
            cases.add(c);
        }
        bench.cases.addInteraction(cases.get(0).getId(), new InteractionDraft("phone", Direction.OUTBOUND,
                Instant.now(), null, "Called back: apologised"));
        bench.cases.addInteraction(cases.get(2).getId(), new InteractionDraft("phone", Direction.OUTBOUND,
                Instant.now(), null, "Called back: explained the refund rules"));
        Commitment promise = bench.cases.addCommitment(cases.get(0).getId(), new CommitmentDraft(
                CommitmentKind.CALL_BACK, "Call back with the courier's answer", Instant.now().plus(Duration.ofDays(1)),
                null));

        // the Client tab: a problem client, and why
        Shell editor = bench.editor(cases.get(0).getId());
        Control page = bench.tab(editor, "Client");
        bench.waitUntil("the classification is shown", 30, () -> Widgets.labelTexts(page).stream()
                .anyMatch(l -> l.startsWith("Victor Grant: a problem client")));
        Table evidence = Widgets.find(page, Table.class);
        assertTrue(rowContains(evidence, "take you to court"), "the client's own words are the evidence");
        assertTrue(rowContains(evidence, cases.get(2).getNumber()), "with the case they were said on");
        bench.scrollToEnd(editor);
        bench.screenshot(editor, "client-evidence.png");

        // a supervisor starts ending the relationship; the checklist names what blocks it
        signIn("pc.lead");
        bench.context.get(TerminationService.class).start(client, "Five cases in a month, threats and insults");
        ChecklistDialog checklist = new ChecklistDialog(editor, bench.context.get(TerminationService.class),
                bench.context.get(ToneCheck.class), client, "Victor Grant");
        checklist.openThen(() -> { });
        bench.waitUntil("the checklist lists the open promise", 30,
                () -> rowContains(checklist.checklist, "Call back with the courier's answer"));
        assertTrue(rowContains(checklist.checklist, cases.get(4).getNumber()), "an open case blocks it too");
        assertFalse(checklist.end.isEnabled(), "the relationship cannot be ended yet");
        checklist.getShell().setSize(1150, 900);
        bench.screenshot(checklist.getShell(), "termination-checklist.png");

        // every obligation kept, a remedy offered, money settled, the letter drafted, the head's sign-off
        Commitment fresh = bench.cases.commitments(cases.get(0).getId()).stream()
                .filter(c -> c.getId() == promise.getId()).findFirst().orElseThrow();
        bench.cases.settleCommitment(fresh.getId(), fresh.getVersion(), CommitmentState.KEPT, "Called with the answer");
        GestureService gestures = bench.context.get(GestureService.class);
        Gesture gift = gestures.propose(new GestureDraft(cases.get(0).getId(), "apology-gift", null, null, null));
        Gesture offered = gestures.offer(gift.id(), gift.version());
        gestures.answer(offered.id(), offered.version(), false, "Wants 500 EUR, not a gift");
        for (Case c : cases) {
            Case now = bench.cases.find(c.getId()).orElseThrow();
            bench.cases.changeStatus(now.getId(), now.getVersion(), CaseStatus.CLOSED, "Answered in writing");
        }
        bench.context.get(TerminationService.class).confirm(client, "money", "Nothing owed either way");
        checklist.reload();
        bench.waitUntil("the letter can be drafted", 20, () -> checklist.draft.isEnabled());
        click(checklist.getShell(), "&Draft from the template");
        bench.waitUntil("the letter is drafted", 20, () -> checklist.letter.getText().startsWith("Dear Victor Grant"));
        click(checklist.getShell(), "&Save the letter");
        bench.waitUntil("the letter is saved", 20, () -> bench.context.get(TerminationService.class).current(client)
                .orElseThrow().letter() != null);
        signIn("pc.head");
        bench.context.get(TerminationService.class).confirm(client, "signoff", "Agreed");
        signIn("pc.lead");
        checklist.reload();
        bench.waitUntil("every item holds", 30, () -> checklist.end.isEnabled());
        click(checklist.getShell(), "&End the relationship");
        bench.waitUntil("the relationship is ended", 30, () -> checklist.state.getText().contains("ENDED"));
        bench.screenshot(checklist.getShell(), "termination-ended.png");
        assertEquals(TerminationState.TERMINATED, bench.context.get(TerminationService.class).current(client)
                .orElseThrow().state());
        checklist.close();

        // a new case for the client warns the agent, with the reason
        signIn("pc.agent");
        NewCaseDialog dialog = NewCaseHandler.dialog(editor, bench.cases, bench.clients, bench.store, bench,
                "pc.agent");
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.clientField().setText("Victor Grant");
        bench.waitUntil("the agent is warned about the client", 30,
                () -> dialog.clientAlert().contains("was ended on"));
        assertTrue(dialog.clientAlert().contains("threats and insults"), dialog.clientAlert());
        bench.screenshot(dialog.getShell(), "new-case-client-warning.png");
        dialog.close();

        // the department's view: thresholds and the ended relationship with its evidence
        signIn(admin);
        Shell view = bench.shell("Problem clients", 0, 0, 1400, 760);
        bench.part(ProblemClientsPart.class, view);
        Table ended = Widgets.all(view).stream().filter(Table.class::isInstance).map(Table.class::cast)
                .findFirst().orElseThrow();
        bench.waitUntil("the ended relationship is reported", 30, () -> rowContains(ended, "Victor Grant"));
        assertTrue(rowContains(ended, "Legal threats"), "with the evidence");
        bench.screenshot(view, "problem-clients.png");
        view.close();
    }
}
