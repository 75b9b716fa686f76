package org.parley.script.ui.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.parley.core.model.Case;
import org.parley.core.model.CommitmentKind;
import org.parley.core.model.Language;
import org.parley.core.model.User;
import org.parley.core.service.Clock;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.UserService;
import org.parley.script.Script;
import org.parley.script.ScriptCall;
import org.parley.script.ScriptLibrary;
import org.parley.script.ScriptRun;
import org.parley.script.ScriptRunService;
import org.parley.script.Step;
import org.parley.script.StepKinds;
import org.parley.script.StepOutcome;
import org.parley.script.StoredScript;
import org.parley.script.extension.StepKind;
import org.parley.script.ui.StepAssist;
import org.parley.ui.api.CaseEditorPage;
import org.parley.ui.api.CasePageContext;
import org.parley.ui.api.CaseText;
import org.parley.ui.workbench.MomentField;
import org.parley.ui.workbench.StoreCall;

/**
 * The case editor's "Call script" tab: the agent runs a script during the call, one step at a time, from the
 * keyboard (Ctrl+Enter marks a step done, Alt+K skips, Alt+F marks it failed, Alt+B goes back), with the prompt,
 * what to do and what not to do, the call's and the step's elapsed time. The run is saved on the case when the
 * script ends or the agent stops it; earlier runs are listed below for review.
 */
@Component(service = CaseEditorPage.class)
public class CallScriptPage implements CaseEditorPage {

    /** Promise presets offered first, in the order of their labels: a concrete time the agent can say on the call. */
    private static final int[] PROMISE_HOURS = { 1, 2, 4, 24, 48 };

    private final ScriptLibrary library;
    private final ScriptRunService runs;
    private final UserService users;
    private final Clock clock;
    private final List<StepAssist> assists = new CopyOnWriteArrayList<>();
    private final List<StepKind> kinds = new CopyOnWriteArrayList<>();

    @Activate
    public CallScriptPage(@Reference ScriptLibrary library, @Reference ScriptRunService runs,
            @Reference UserService users, @Reference Clock clock) {
        this.library = library;
        this.runs = runs;
        this.users = users;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addAssist(StepAssist assist) {
        assists.add(assist);
    }

    public void removeAssist(StepAssist assist) {
        assists.remove(assist);
    }

    /** Kinds of step plug-ins add, shown by their own label. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addKind(StepKind kind) {
        kinds.add(kind);
    }

    public void removeKind(StepKind kind) {
        kinds.remove(kind);
    }

    @Override
    public String id() {
        return "org.parley.script.ui.page.call";
    }

    @Override
    public String label(Locale locale) {
        return Messages.call_page;
    }

    @Override
    public int rank() {
        return 105;
    }

    /** One editor's tab: its widgets and the call under way. */
    static final class Controls {
        CasePageContext context;
        Composite page;
        Combo script;
        Button start;
        List<StoredScript> offered = List.of();
        Composite callArea;
        Label progress;
        Label clock;
        Label kind;
        Label prompt;
        Label doHint;
        Label dontHint;
        Label answerLabel;
        Text answer;
        Label waysLabel;
        org.eclipse.swt.widgets.List ways;
        Label promiseLabel;
        Combo promiseWhen;
        MomentField promiseAt;
        Combo promiseKind;
        Composite assistRow;
        Text note;
        Button done;
        Button skip;
        Button fail;
        Button back;
        Button stop;
        Label result;
        Table steps;
        Table history;
        Text historyDetail;
        List<ScriptRun> shownRuns = List.of();
        ScriptCall call;
        Font big;
        boolean saving;
    }

    @Override
    public Control createControl(Composite parent, CasePageContext context) {
        Controls c = new Controls();
        c.context = context;
        c.page = new Composite(parent, SWT.NONE);
        c.page.setData(c);
        GridLayout layout = new GridLayout(4, false);
        layout.marginWidth = 10;
        layout.marginHeight = 8;
        c.page.setLayout(layout);

        Label scriptLabel = new Label(c.page, SWT.NONE);
        scriptLabel.setText(Messages.call_script);
        c.script = new Combo(c.page, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridData scriptData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        scriptData.widthHint = 360;
        c.script.setLayoutData(scriptData);
        c.script.setToolTipText(Messages.call_scriptTip);
        c.start = button(c.page, Messages.call_start, Messages.call_startTip, () -> start(c));
        c.clock = new Label(c.page, SWT.RIGHT);
        GridData clockData = new GridData(SWT.END, SWT.CENTER, false, false);
        clockData.widthHint = 220;
        c.clock.setLayoutData(clockData);

        SashForm sash = new SashForm(c.page, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        createCallArea(c, sash);
        createHistory(c, sash);
        sash.setWeights(new int[] { 68, 32 });

        FontData[] data = c.page.getFont().getFontData();
        for (FontData d : data) {
            d.setHeight(d.getHeight() + 3);
        }
        c.big = new Font(c.page.getDisplay(), data);
        c.prompt.setFont(c.big);
        c.page.addListener(SWT.Dispose, e -> c.big.dispose());
        showCall(c);
        load(c);
        tick(c);
        return c.page;
    }

    private void createCallArea(Controls c, Composite parent) {
        SashForm split = new SashForm(parent, SWT.HORIZONTAL);
        c.steps = new Table(split, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        c.steps.setHeaderVisible(true);
        c.steps.setLinesVisible(true);
        column(c.steps, "#", 32);
        column(c.steps, Messages.call_colStep, 120);
        column(c.steps, Messages.call_colOutcome, 80);
        column(c.steps, Messages.call_colTime, 50);
        column(c.steps, Messages.call_colNote, 160);

        c.callArea = new Composite(split, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 10;
        c.callArea.setLayout(layout);
        c.progress = new Label(c.callArea, SWT.NONE);
        c.progress.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        c.kind = new Label(c.callArea, SWT.NONE);
        c.kind.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        c.prompt = new Label(c.callArea, SWT.WRAP);
        GridData promptData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        promptData.widthHint = 480;
        c.prompt.setLayoutData(promptData);
        c.doHint = hint(c.callArea, SWT.COLOR_DARK_GREEN);
        c.dontHint = hint(c.callArea, SWT.COLOR_DARK_RED);

        c.waysLabel = label(c.callArea, Messages.call_ways);
        c.ways = new org.eclipse.swt.widgets.List(c.callArea, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridData waysData = new GridData(SWT.FILL, SWT.TOP, true, false);
        waysData.heightHint = 70;
        c.ways.setLayoutData(waysData);
        c.ways.addListener(SWT.DefaultSelection, e -> mark(c, StepOutcome.DONE));

        c.answerLabel = label(c.callArea, Messages.call_answer);
        c.answer = new Text(c.callArea, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData answerData = new GridData(SWT.FILL, SWT.TOP, true, false);
        answerData.heightHint = 50;
        c.answer.setLayoutData(answerData);
        doneOnCtrlEnter(c, c.answer);

        c.promiseLabel = label(c.callArea, Messages.call_promiseWhen);
        Composite promise = new Composite(c.callArea, SWT.NONE);
        GridLayout promiseLayout = new GridLayout(3, false);
        promiseLayout.marginWidth = 0;
        promiseLayout.marginHeight = 0;
        promise.setLayout(promiseLayout);
        promise.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        c.promiseWhen = new Combo(promise, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (String preset : new String[] { Messages.call_in1h, Messages.call_in2h, Messages.call_in4h,
                Messages.call_in1d, Messages.call_in2d }) {
            c.promiseWhen.add(preset);
        }
        c.promiseWhen.add(Messages.call_atTime);
        c.promiseWhen.select(1);
        c.promiseWhen.addListener(SWT.Selection, e -> promiseTimeChosen(c));
        c.promiseAt = new MomentField(promise);
        c.promiseKind = new Combo(promise, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (CommitmentKind k : CommitmentKind.values()) {
            c.promiseKind.add(CaseText.commitmentKind(k, Locale.getDefault()));
        }
        c.promiseKind.select(CommitmentKind.CALL_BACK.ordinal());
        c.promiseKind.setToolTipText(Messages.call_promiseKindTip);

        c.assistRow = new Composite(c.callArea, SWT.NONE);
        c.assistRow.setLayout(new GridLayout(4, false));
        c.assistRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        label(c.callArea, Messages.call_note);
        c.note = new Text(c.callArea, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false);
        noteData.heightHint = 44;
        c.note.setLayoutData(noteData);
        c.note.setToolTipText(Messages.call_noteTip);
        doneOnCtrlEnter(c, c.note);

        Composite buttons = new Composite(c.callArea, SWT.NONE);
        buttons.setLayout(new GridLayout(5, false));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        c.done = button(buttons, Messages.call_done, Messages.call_doneTip, () -> mark(c, StepOutcome.DONE));
        c.skip = button(buttons, Messages.call_skip, Messages.call_skipTip, () -> mark(c, StepOutcome.SKIPPED));
        c.fail = button(buttons, Messages.call_fail, Messages.call_failTip, () -> mark(c, StepOutcome.FAILED));
        c.back = button(buttons, Messages.call_back, Messages.call_backTip, () -> back(c));
        c.stop = button(buttons, Messages.call_stop, Messages.call_stopTip, () -> save(c));
        c.result = new Label(c.callArea, SWT.WRAP);
        GridData resultData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        resultData.widthHint = 480;
        c.result.setLayoutData(resultData);
        split.setWeights(new int[] { 34, 66 });
    }

    private void createHistory(Controls c, Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(2, true));
        Label title = new Label(area, SWT.NONE);
        title.setText(Messages.call_history);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        c.history = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        c.history.setHeaderVisible(true);
        c.history.setLinesVisible(true);
        c.history.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column(c.history, Messages.call_colStarted, 120);
        column(c.history, Messages.call_colScript, 170);
        column(c.history, Messages.call_colAgent, 80);
        column(c.history, Messages.call_colDuration, 60);
        column(c.history, Messages.call_colEnd, 90);
        c.history.addListener(SWT.Selection, e -> showRun(c));
        c.historyDetail = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
        c.historyDetail.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    }

    @Override
    public void caseChanged(Control control, CasePageContext context) {
        Controls c = (Controls) control.getData();
        if (c.call == null) {
            load(c);
        }
    }

    /** Reads the scripts on offer and the runs on this case in the background. */
    private void load(Controls c) {
        record View(List<StoredScript> scripts, List<ScriptRun> runs) {
        }
        StoreCall.run(c.page, Messages.call_loading, () -> {
            List<StoredScript> current = new ArrayList<>();
            for (StoredScript s : library.latest()) {
                if (!s.retired()) {
                    current.add(s);
                }
            }
            return new View(current, runs.runsOf(c.context.caseId()));
        }, v -> {
            Language client = clientLanguage(c);
            // the client's language first, then the script everyone starts with: the listening call
            c.offered = v.scripts().stream().sorted(Comparator
                    .comparing((StoredScript s) -> s.script().language() != client)
                    .thenComparing(s -> s.script().language().ordinal())
                    .thenComparing(s -> s.script().title())).toList();
            String chosen = c.script.getSelectionIndex() >= 0 ? c.script.getText() : null;
            c.script.removeAll();
            for (StoredScript s : c.offered) {
                c.script.add(NLS.bind(Messages.call_scriptItem, new Object[] { s.script().title(),
                        s.script().language().code(), s.version() }));
            }
            int select = chosen == null ? -1 : c.script.indexOf(chosen);
            if (select < 0) {
                for (int i = 0; i < c.offered.size(); i++) {
                    if (c.offered.get(i).code().equals("listening-call") && c.offered.get(i).script().language() == client) {
                        select = i;
                    }
                }
            }
            c.script.select(Math.max(0, select));
            showRuns(c, v.runs());
        });
    }

    private static Language clientLanguage(Controls c) {
        Case k = c.context.currentCase();
        Language l = k.getClient() == null ? null : Language.ofCode(k.getClient().getLanguage());
        return l == null ? Language.EN : l;
    }

    private void start(Controls c) {
        int i = c.script.getSelectionIndex();
        if (i < 0 || i >= c.offered.size() || c.call != null) {
            return;
        }
        Case k = c.context.currentCase();
        if (!k.getStatus().isOpen()) {
            c.result.setText(NLS.bind(Messages.call_caseClosed, k.getNumber()));
            return;
        }
        Map<String, String> values = new HashMap<>();
        values.put("agent", users.find(c.context.login()).map(User::getDisplayName).orElse(c.context.login()));
        values.put("client", k.getClientName());
        values.put("case", k.getNumber());
        c.call = new ScriptCall(c.offered.get(i), k.getId(), values, clock.now(),
                at -> CaseText.dateTime(at, Locale.getDefault()));
        c.steps.removeAll();
        c.result.setText("");
        showCall(c);
    }

    private void mark(Controls c, StepOutcome outcome) {
        if (c.call == null || c.call.finished() || c.saving) {
            return;
        }
        Step step = c.call.current();
        Instant now = clock.now();
        try {
            if (outcome == StepOutcome.DONE) {
                Instant due = step.capture() == Step.Capture.PROMISE ? promiseDue(c, now) : null;
                String words = due == null ? null
                        : c.call.promise(step, CaseText.dateTime(due, Locale.getDefault()), Duration.between(now, due));
                c.call.done(now, c.note.getText(), c.answer.getText(), c.ways.getSelectionIndex(), due,
                        CommitmentKind.values()[Math.max(0, c.promiseKind.getSelectionIndex())], words);
            } else {
                c.call.pass(now, outcome, c.note.getText());
            }
        } catch (InvalidInputException e) {
            c.result.setText(e.getMessage());
            return;
        }
        var taken = c.call.taken().get(c.call.taken().size() - 1);
        TableItem item = new TableItem(c.steps, SWT.NONE);
        item.setText(new String[] { Integer.toString(c.call.taken().size()), taken.stepId(),
                outcomeLabel(taken.outcome()), ScriptRun.clock(taken.elapsedSeconds()),
                firstLine(taken.branch() != null ? taken.branch() : taken.answer() != null ? taken.answer() : taken.note()) });
        c.steps.showItem(item);
        c.result.setText("");
        if (c.call.finished()) {
            save(c);
        } else {
            showCall(c);
        }
    }

    private void back(Controls c) {
        if (c.call == null || c.call.taken().isEmpty() || c.saving) {
            return;
        }
        var last = c.call.taken().get(c.call.taken().size() - 1);
        c.call.back();
        c.steps.remove(c.steps.getItemCount() - 1);
        showCall(c);
        c.note.setText(last.note() == null ? "" : last.note());
        if (last.answer() != null) {
            c.answer.setText(last.answer());
        }
    }

    /** Saves the run as it stands: at the end of the script, or when the agent stops the call early. */
    private void save(Controls c) {
        if (c.call == null || c.saving) {
            return;
        }
        if (!c.call.finished()) {
            // nothing typed at the step that was up is lost
            c.call.stop(clock.now(), c.note.getText(), c.answer.getText());
        }
        if (c.call.taken().isEmpty()) {
            c.call = null;
            showCall(c);
            return;
        }
        c.saving = true;
        showCall(c);
        c.result.setText(Messages.call_saving);
        var draft = c.call.draft(clock.now());
        StoreCall.run(c.page, Messages.call_saving, () -> runs.save(draft), run -> {
            c.saving = false;
            c.call = null;
            c.result.setText(NLS.bind(run.completed() ? Messages.call_saved : Messages.call_savedStopped,
                    new Object[] { run.title(), ScriptRun.clock(run.elapsedSeconds()), run.steps().size() }));
            showCall(c);
            c.context.reload();
            load(c);
        }, e -> {
            // the call stays on screen as it was, so nothing the agent marked is lost; saving can be tried again
            c.saving = false;
            c.result.setText(NLS.bind(Messages.call_saveFailed, e.getMessage()));
            showCall(c);
        });
    }

    /** Shows the step up now, or the start controls when no call is under way. */
    private void showCall(Controls c) {
        boolean running = c.call != null && !c.call.finished();
        Step step = running ? c.call.current() : null;
        c.script.setEnabled(c.call == null);
        c.start.setEnabled(c.call == null);
        for (Button b : new Button[] { c.done, c.skip, c.fail }) {
            b.setEnabled(running && !c.saving);
        }
        c.back.setEnabled(c.call != null && !c.call.taken().isEmpty() && !c.saving);
        c.stop.setEnabled(c.call != null && !c.saving);
        c.note.setEnabled(running);
        c.note.setText("");
        boolean branch = step != null && StepKinds.BRANCH.equals(step.kind());
        boolean answer = step != null && step.capture() == Step.Capture.ANSWER;
        boolean promise = step != null && step.capture() == Step.Capture.PROMISE;
        c.skip.setEnabled(running && !branch && !c.saving);
        c.fail.setEnabled(running && !branch && !c.saving);
        show(c.waysLabel, c.ways, branch);
        show(c.answerLabel, c.answer, answer);
        show(c.promiseLabel, c.promiseWhen.getParent(), promise);
        c.answer.setText("");
        c.ways.removeAll();
        if (step == null) {
            c.progress.setText(c.call == null ? Messages.call_idle : "");
            c.kind.setText("");
            c.prompt.setText(c.call == null ? Messages.call_idleHelp : "");
            c.doHint.setText("");
            c.dontHint.setText("");
        } else {
            c.progress.setText(NLS.bind(Messages.call_progress, new Object[] { c.call.script().script().title(),
                    c.call.taken().size() + 1, c.call.script().script().steps().size() }));
            c.kind.setText(NLS.bind(Messages.call_kind, kindLabel(step.kind()), step.id()));
            c.prompt.setText(c.call.prompt());
            c.doHint.setText(step.doHint() == null ? "" : NLS.bind(Messages.call_do, step.doHint()));
            c.dontHint.setText(step.dontHint() == null ? "" : NLS.bind(Messages.call_dont, step.dontHint()));
            for (Step.Branch b : step.branches()) {
                c.ways.add(b.label());
            }
            if (promise) {
                promiseTimeChosen(c);
            }
        }
        showAssists(c, step);
        c.callArea.layout(true, true);
        if (running) {
            (branch ? c.ways : answer ? c.answer : c.note).setFocus();
            if (branch) {
                c.ways.select(0);
            }
        } else if (c.call == null && !c.start.isDisposed()) {
            c.start.setFocus();
        }
    }

    /** Buttons for the help installed bundles offer on this step; a gesture step says what to do without any. */
    private void showAssists(Controls c, Step step) {
        for (Control old : c.assistRow.getChildren()) {
            old.dispose();
        }
        if (step == null) {
            return;
        }
        boolean any = false;
        for (StepAssist a : assists) {
            if (!a.appliesTo(step)) {
                continue;
            }
            any = true;
            Button b = new Button(c.assistRow, SWT.PUSH);
            b.setText(a.label(Locale.getDefault()));
            b.addListener(SWT.Selection, e -> {
                String line = a.open(c.page.getShell(), c.context.currentCase(), step);
                if (line != null && !line.isBlank() && !c.note.isDisposed()) {
                    c.note.setText(c.note.getText().isBlank() ? line : c.note.getText() + "\n" + line);
                }
            });
        }
        if (!any && step.id().startsWith("gesture")) {
            Label l = new Label(c.assistRow, SWT.WRAP);
            l.setText(Messages.call_noCatalogue);
        }
    }

    private static void show(Control label, Control field, boolean visible) {
        for (Control x : new Control[] { label, field }) {
            x.setVisible(visible);
            ((GridData) x.getLayoutData()).exclude = !visible;
        }
    }

    private void promiseTimeChosen(Controls c) {
        int i = c.promiseWhen.getSelectionIndex();
        boolean preset = i >= 0 && i < PROMISE_HOURS.length;
        c.promiseAt.control().setEnabled(!preset);
        c.promiseAt.set(clock.now().plus(Duration.ofHours(preset ? PROMISE_HOURS[i] : 2)));
        if (c.call != null && !c.call.finished() && c.call.current().capture() == Step.Capture.PROMISE) {
            Instant due = promiseDue(c, clock.now());
            c.prompt.setText(c.call.promise(c.call.current(), CaseText.dateTime(due, Locale.getDefault()),
                    Duration.between(clock.now(), due)));
            c.callArea.layout(true, true);
        }
    }

    private static Instant promiseDue(Controls c, Instant now) {
        int i = c.promiseWhen.getSelectionIndex();
        return i >= 0 && i < PROMISE_HOURS.length ? now.plus(Duration.ofHours(PROMISE_HOURS[i])) : c.promiseAt.value();
    }

    /** The call's clock, once a second while the tab is there. */
    private void tick(Controls c) {
        if (c.page.isDisposed()) {
            return;
        }
        if (c.call != null) {
            Instant now = clock.now();
            c.clock.setText(NLS.bind(Messages.call_clock, ScriptRun.clock(Duration.between(c.call.startedAt(), now).toSeconds()),
                    ScriptRun.clock(Duration.between(c.call.currentSince(), now).toSeconds())));
        } else {
            c.clock.setText("");
        }
        c.page.getDisplay().timerExec(1000, () -> tick(c));
    }

    private void showRuns(Controls c, List<ScriptRun> list) {
        c.shownRuns = list;
        c.history.removeAll();
        for (ScriptRun r : list) {
            TableItem item = new TableItem(c.history, SWT.NONE);
            item.setText(new String[] { CaseText.dateTime(r.startedAt(), Locale.getDefault()),
                    NLS.bind(Messages.call_scriptItem, new Object[] { r.title(), r.language().code(), r.version() }),
                    r.agent(), ScriptRun.clock(r.elapsedSeconds()),
                    r.completed() ? Messages.call_completed : Messages.call_stopped });
        }
        if (!list.isEmpty()) {
            c.history.select(0);
        }
        showRun(c);
    }

    /** A run as a supervisor reviews it: every step with the words of the version used, outcome, note, answer. */
    private static void showRun(Controls c) {
        int i = c.history.getSelectionIndex();
        if (i < 0 || i >= c.shownRuns.size()) {
            c.historyDetail.setText(c.shownRuns.isEmpty() ? Messages.call_noRuns : "");
            return;
        }
        Case k = c.context.currentCase();
        c.historyDetail.setText(c.shownRuns.get(i).review(Map.of("client", k.getClientName(), "case", k.getNumber()),
                at -> CaseText.dateTime(at, Locale.getDefault())));
    }

    static String outcomeLabel(StepOutcome o) {
        return switch (o) {
            case DONE -> Messages.call_outcomeDone;
            case SKIPPED -> Messages.call_outcomeSkipped;
            case FAILED -> Messages.call_outcomeFailed;
        };
    }

    private String kindLabel(String kind) {
        for (StepKind k : kinds) {
            if (k.code().equals(kind)) {
                return k.label(Locale.getDefault());
            }
        }
        return switch (kind) {
            case StepKinds.SAY -> Messages.kind_say;
            case StepKinds.ASK -> Messages.kind_ask;
            case StepKinds.LISTEN -> Messages.kind_listen;
            case StepKinds.CHECK -> Messages.kind_check;
            case StepKinds.BRANCH -> Messages.kind_branch;
            case StepKinds.PROMISE -> Messages.kind_promise;
            case StepKinds.NOTE -> Messages.kind_note;
            default -> kind;
        };
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 59) + "\u2026" : line;
    }

    private void doneOnCtrlEnter(Controls c, Text field) {
        field.addListener(SWT.KeyDown, e -> {
            if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.MOD1) != 0) {
                e.doit = false;
                mark(c, StepOutcome.DONE);
            }
        });
        field.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_RETURN && (e.stateMask & SWT.MOD1) != 0) {
                e.doit = false;
            }
        });
    }

    private static Button button(Composite parent, String text, String tip, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tip);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private static Label label(Composite parent, String text) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(text);
        l.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        return l;
    }

    private static Label hint(Composite parent, int color) {
        Label l = new Label(parent, SWT.WRAP);
        l.setForeground(parent.getDisplay().getSystemColor(color));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        data.widthHint = 480;
        l.setLayoutData(data);
        return l;
    }

    private static void column(Table t, String text, int width) {
        TableColumn col = new TableColumn(t, SWT.LEFT);
        col.setText(text);
        col.setWidth(width);
    }
}
