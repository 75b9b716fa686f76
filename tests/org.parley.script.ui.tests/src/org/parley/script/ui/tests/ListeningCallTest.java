package org.parley.script.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.parley.app.tests.TestWorkbench;
import org.parley.app.tests.Widgets;
import org.parley.complaints.DeadlineService;
import org.parley.complaints.ui.internal.MyDayPart;
import org.parley.core.model.Case;
import org.parley.core.model.Commitment;
import org.parley.core.model.CommitmentKind;
import org.parley.core.model.Language;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.Clock;
import org.parley.core.service.Session;
import org.parley.core.service.UserService;
import org.parley.script.ScriptLibrary;
import org.parley.script.ScriptRules;
import org.parley.script.ScriptRunService;
import org.parley.script.Step;
import org.parley.script.StoredScript;
import org.parley.script.ToneRules;
import org.parley.script.ui.StepAssist;
import org.parley.script.ui.internal.CoachingPart;
import org.parley.script.ui.internal.ScriptEditorDialog;
import org.parley.script.ui.internal.ScriptsPart;
import org.parley.script.ui.internal.ToneRulesDialog;
import org.parley.ui.workbench.SignedIn;

/**
 * An agent runs the shipped listening call on a live case from the case editor, step by step, and the promise it
 * makes shows in My day; a reply is tone-checked in the client's language; an admin changes the script in the
 * library and the next call uses the new version. Screenshots go to docs/screenshots.
 */
class ListeningCallTest {

    private static TestWorkbench bench;
    private static String login;

    @BeforeAll
    static void services() throws Exception {
        bench = TestWorkbench.get();
        for (Class<?> type : new Class<?>[] { ScriptLibrary.class, ScriptRules.class, ScriptRunService.class,
                ToneRules.class, UserService.class, DeadlineService.class }) {
            put(bench.context, type);
        }
        login = TestWorkbench.osgiService(Session.class).login();
        bench.context.set(SignedIn.LOGIN, login);
    }

    private static <T> void put(IEclipseContext context, Class<T> type) throws InterruptedException {
        context.set(type, TestWorkbench.osgiService(type));
    }

    private static long newCase(String client, String language, String title) {
        long clientId = bench.clients.create(new ClientDraft(client, language)).getId();
        return bench.cases.open(new CaseDraft(clientId, title, "phone")).getId();
    }

    private static void click(Control root, String label) {
        bench.click(root, label);
    }

    /** The agent's Ctrl+Enter in a field of the step: the step is done. */
    private static void ctrlEnter(Text field) {
        Event e = new Event();
        e.keyCode = SWT.CR;
        e.stateMask = SWT.MOD1;
        field.notifyListeners(SWT.KeyDown, e);
        bench.settle(100);
    }

    private static String labels(Control root) {
        return String.join("\n", Widgets.labelTexts(root));
    }

    private static List<Text> visibleTexts(Control root) {
        return Widgets.all(root).stream().filter(c -> c instanceof Text t && t.isVisible() && t.getEditable())
                .map(Text.class::cast).toList();
    }

    @Test
    void anAgentRunsTheListeningCallInRussianAndThePromiseShowsInMyDay() throws Exception {
        long caseId = newCase("Иван Петров", "ru", "Посылка опоздала на пять дней");
        String number = bench.cases.find(caseId).orElseThrow().getNumber();
        Shell shell = bench.editor(caseId);
        Control page = bench.tab(shell, "Call script");
        Combo script = Widgets.find(page, Combo.class);
        bench.waitUntil("the scripts are offered", 30, () -> script.getItemCount() > 0);
        assertTrue(script.getText().startsWith("Слушающий звонок (ru"), "the client's language: " + script.getText());
        click(page, "&Start the call");
        assertTrue(labels(page).contains(number), "the prompt names the case: " + labels(page));

        click(page, "&Done");
        List<Text> fields = visibleTexts(page);
        Text note = fields.get(fields.size() - 1);
        note.setText("Клиент очень зол, говорит десять минут");
        ctrlEnter(note);
        assertTrue(labels(page).contains("Мне очень жаль"), "the apology comes next");
        click(page, "S&kip");
        fields = visibleTexts(page);
        Text answer = fields.get(fields.size() - 2);
        answer.setText("Заказ от 1-го, обещали доставить 3-го");
        ctrlEnter(answer);

        org.eclipse.swt.widgets.List ways = Widgets.find(page, org.eclipse.swt.widgets.List.class);
        assertEquals(3, ways.getItemCount(), "a problem to fix, the client is wrong, a gesture");
        assertFalse(Widgets.button(page, "S&kip").isEnabled(), "a branch is not skipped: the call needs a way on");
        ways.select(2);
        bench.scrollToEnd(shell);
        bench.screenshot(shell, "script-call-branch.png");
        click(page, "&Done");
        assertTrue(labels(page).contains("compensation catalogue is not installed"),
                "the gesture step degrades gracefully without the catalogue");
        click(page, "&Done");

        assertTrue(labels(page).contains("Promised for:") || Widgets.labelTexts(page).contains("Promised for:"));
        bench.scrollToEnd(shell);
        bench.screenshot(shell, "script-call-promise.png");
        Instant before = bench.context.get(Clock.class).now();
        click(page, "&Done");
        click(page, "&Done");
        Table history = Widgets.all(page).stream().filter(Table.class::isInstance).map(Table.class::cast)
                .skip(1).findFirst().orElseThrow();
        bench.waitUntil("the run is saved and listed", 30, () -> history.getItemCount() == 1);
        assertTrue(labels(page).contains("Saved on the case"), labels(page));
        bench.scrollToEnd(shell);
        bench.screenshot(shell, "script-call-saved.png");

        List<Commitment> promises = bench.cases.commitments(caseId);
        assertEquals(1, promises.size());
        Commitment promise = promises.get(0);
        assertEquals(CommitmentKind.CALL_BACK, promise.getKind());
        long minutes = Duration.between(before, promise.getDueAt()).toMinutes();
        assertTrue(minutes >= 115 && minutes <= 125, "due in two hours, as chosen: " + minutes);
        assertTrue(promise.getDescription().contains("2"), promise.getDescription());
        String call = bench.cases.interactions(caseId).get(0).getAgentSummary();
        assertTrue(call.contains("listening-call"), call);
        assertTrue(call.contains("Заказ от 1-го"), "the client's answer is kept: " + call);

        Shell dayShell = bench.shell("My day", 40, 40, 1100, 420);
        MyDayPart day = bench.part(MyDayPart.class, dayShell);
        assertNotNull(day);
        Table dayTable = Widgets.find(dayShell, Table.class);
        bench.waitUntil("the promise is in My day", 30, () -> List.of(dayTable.getItems()).stream()
                .anyMatch(i -> i.getText(2).equals(number)));
        bench.screenshot(dayShell, "script-promise-in-my-day.png");
        dayShell.close();
    }

    @Test
    void aReplyIsToneCheckedInTheClientsLanguageAndRecordedOnTheTimeline() throws Exception {
        long caseId = newCase("Mary Smith", "en", "Broken kettle, second time");
        Shell shell = bench.editor(caseId);
        Control page = bench.tab(shell, "Reply");
        StyledText message = Widgets.find(page, StyledText.class);
        message.setText("Dear Ms Smith, I am sorry for the trouble, but it's not our fault: the courier was late.");
        bench.waitUntil("the excuse is flagged", 10, () -> labels(page).contains("\u201cit's not our fault\u201d"));
        assertEquals(1, message.getStyleRanges().length, "the phrase is underlined in the message");
        assertEquals(SWT.UNDERLINE_SQUIGGLE, message.getStyleRanges()[0].underlineStyle);
        bench.scrollToEnd(shell);
        bench.screenshot(shell, "reply-tone-check.png");
        message.setText("Dear Ms Smith, I am sorry for the trouble. I will call you back by 3 pm with a replacement date.");
        bench.waitUntil("a clean reply is not flagged", 10, () -> message.getStyleRanges().length == 0);
        click(page, "&Record as sent");
        bench.waitUntil("the reply is on the timeline", 20, () -> bench.cases.interactions(caseId).stream()
                .anyMatch(i -> i.getAgentSummary() != null && i.getAgentSummary().contains("replacement date")));

        long ru = newCase("Ольга Смирнова", "ru", "Чайник снова сломался");
        Control ruPage = bench.tab(bench.editor(ru), "Reply");
        StyledText ruMessage = Widgets.find(ruPage, StyledText.class);
        ruMessage.setText("Извините, но это не наша вина.");
        bench.waitUntil("the Russian excuse is flagged", 10, () -> ruMessage.getStyleRanges().length == 1);
    }

    @Test
    void anAdminChangesTheListeningCallWithoutCodeAndTheNextCallUsesIt() throws Exception {
        ScriptLibrary library = bench.context.get(ScriptLibrary.class);
        StoredScript before = library.current("listening-call", Language.EN).orElseThrow();
        Shell libraryShell = bench.shell("Scripts", 40, 40, 1250, 620);
        ScriptsPart part = bench.part(ScriptsPart.class, libraryShell);
        Table table = Widgets.find(libraryShell, Table.class);
        bench.waitUntil("the library is listed", 30, () -> table.getItemCount() >= 28);
        int row = -1;
        for (int i = 0; i < table.getItemCount(); i++) {
            if (table.getItem(i).getText(1).equals("listening-call") && table.getItem(i).getText(2).equals("English")) {
                row = i;
            }
        }
        assertTrue(row >= 0, "the English listening call is listed");
        table.select(row);
        table.notifyListeners(SWT.Selection, new Event());
        bench.screenshot(libraryShell, "script-library.png");

        ScriptEditorDialog dialog = new ScriptEditorDialog(libraryShell, library, bench.context.get(ScriptRules.class),
                before, null, false);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Shell editorShell = dialog.getShell();
        Table steps = Widgets.find(editorShell, Table.class);
        assertEquals(before.script().steps().size(), steps.getItemCount());
        steps.select(0);
        steps.notifyListeners(SWT.Selection, new Event());
        Text prompt = Widgets.all(editorShell).stream().filter(c -> c instanceof Text t
                && t.getText().startsWith("Hello, this is {agent}")).map(Text.class::cast).findFirst().orElseThrow();
        prompt.setText("Good morning, {client}, this is {agent} from customer care, about your complaint {case}.");
        prompt.setText(prompt.getText().replace("{client}", "{nickname}"));
        bench.waitUntil("an unknown placeholder is named", 10, () -> labels(editorShell).contains("{nickname}"));
        assertFalse(Widgets.button(editorShell, "&Save as new version").isEnabled(), "nothing unsound is saved");
        prompt.setText(prompt.getText().replace("{nickname}", "{client}"));
        bench.screenshot(editorShell, "script-editor.png");
        click(editorShell, "&Save as new version");
        bench.waitUntil("the new version is saved", 30, () -> editorShell.isDisposed());
        StoredScript after = library.current("listening-call", Language.EN).orElseThrow();
        assertEquals(before.version() + 1, after.version());
        assertTrue(after.script().steps().get(0).prompt().startsWith("Good morning, {client}"));
        ToneRulesDialog tone = new ToneRulesDialog(libraryShell, bench.context.get(ToneRules.class), true);
        tone.setBlockOnOpen(false);
        tone.open();
        bench.waitUntil("the tone rules are shown", 20, () -> Widgets.all(tone.getShell()).stream()
                .anyMatch(c -> c instanceof Text t && t.getText().contains("EXCUSE |")));
        StyledText sample = Widgets.find(tone.getShell(), StyledText.class);
        sample.setText("Calm down, it's not our fault.");
        bench.waitUntil("the sentence is tried against the rules being edited", 10,
                () -> sample.getStyleRanges().length == 2);
        bench.screenshot(tone.getShell(), "tone-rules.png");
        tone.close();
        part.refresh();
        libraryShell.close();

        long caseId = newCase("Peter Brown", "en", "Invoice charged twice");
        Control page = bench.tab(bench.editor(caseId), "Call script");
        Combo script = Widgets.find(page, Combo.class);
        bench.waitUntil("the new version is offered", 30,
                () -> script.getText().equals("The listening call (en, v" + after.version() + ")"));
        click(page, "&Start the call");
        assertTrue(labels(page).contains("Good morning, Peter Brown, this is"), labels(page));
        click(page, "S&top and save");
        click(page, "&Start the call");
        click(page, "&Done");
        click(page, "S&top and save");
        Table history = Widgets.all(page).stream().filter(Table.class::isInstance).map(Table.class::cast)
                .skip(1).findFirst().orElseThrow();
        bench.waitUntil("the stopped call is saved", 30, () -> history.getItemCount() == 1);
        assertEquals("stopped early", history.getItem(0).getText(4));

        Shell coachShell = bench.shell("Coaching", 40, 40, 1150, 360);
        bench.part(CoachingPart.class, coachShell);
        Table figures = Widgets.find(coachShell, Table.class);
        bench.waitUntil("the coaching figures are counted", 30, () -> figures.getItemCount() >= 1);
        bench.screenshot(coachShell, "coaching.png");
        coachShell.close();
    }

    /** What the compensation catalogue does on a gesture step, as any bundle's {@code StepAssist} service can. */
    @Test
    void anInstalledCatalogueOffersItsGesturesOnTheGestureStep() throws Exception {
        BundleContext bundle = TestWorkbench.bundleContext();
        ServiceRegistration<StepAssist> catalogue = bundle.registerService(StepAssist.class, new StepAssist() {
            @Override
            public boolean appliesTo(Step step) {
                return step.id().startsWith("gesture");
            }

            @Override
            public String label(Locale locale) {
                return "Propose a &gesture...";
            }

            @Override
            public String open(Shell shell, Case conflictCase, Step step) {
                return "Offered: free delivery on the next order, or 10% off";
            }
        }, null);
        try {
            long caseId = newCase("Ana Rusu", "ro", "Comanda a întârziat");
            Control page = bench.tab(bench.editor(caseId), "Call script");
            Combo script = Widgets.find(page, Combo.class);
            bench.waitUntil("the scripts are offered", 30, () -> script.getText().startsWith("Apelul de ascultare (ro"));
            click(page, "&Start the call");
            for (int i = 0; i < 4; i++) {
                click(page, "&Done");
            }
            Widgets.find(page, org.eclipse.swt.widgets.List.class).select(2);
            click(page, "&Done");
            assertFalse(labels(page).contains("compensation catalogue is not installed"));
            click(page, "Propose a &gesture...");
            List<Text> fields = visibleTexts(page);
            assertEquals("Offered: free delivery on the next order, or 10% off", fields.get(fields.size() - 1).getText(),
                    "what was proposed goes into the step's note");
            click(page, "S&top and save");
            bench.waitUntil("the call is saved", 30, () -> bench.cases.interactions(caseId).stream()
                    .anyMatch(x -> x.getAgentSummary() != null && x.getAgentSummary().contains("10% off")));
        } finally {
            catalogue.unregister();
        }
    }

}
