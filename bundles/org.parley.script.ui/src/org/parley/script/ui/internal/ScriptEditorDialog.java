package org.parley.script.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.parley.core.model.Language;
import org.parley.core.service.ConcurrentChangeException;
import org.parley.core.service.InvalidInputException;
import org.parley.script.Script;
import org.parley.script.ScriptLibrary;
import org.parley.script.ScriptRules;
import org.parley.script.Step;
import org.parley.script.StoredScript;
import org.parley.ui.workbench.StoreCall;

/**
 * An admin edits a script without code: its title, its steps in order (add, remove, move up and down), each
 * step's kind, words, hints, what it captures and where the call goes next, and the ways a branch goes on. The
 * script is checked as it is edited; saving makes the next version. For a translation the steps of the source
 * language are copied, to be reworded in the target language.
 */
public class ScriptEditorDialog extends TitleAreaDialog {

    /** A step as it is edited. */
    static final class StepModel {
        String id;
        String kind;
        String prompt = "";
        String doHint = "";
        String dontHint = "";
        Step.Capture capture = Step.Capture.NOTHING;
        String next;
        String branches = "";

        static StepModel of(Step s) {
            StepModel m = new StepModel();
            m.id = s.id();
            m.kind = s.kind();
            m.prompt = nz(s.prompt());
            m.doHint = nz(s.doHint());
            m.dontHint = nz(s.dontHint());
            m.capture = s.capture();
            m.next = s.next();
            StringBuilder b = new StringBuilder();
            for (Step.Branch x : s.branches()) {
                b.append(b.length() > 0 ? "\n" : "").append(x.label()).append(" -> ").append(x.target());
            }
            m.branches = b.toString();
            return m;
        }

        Step step() {
            List<Step.Branch> ways = new ArrayList<>();
            for (String line : branches.split("\\R")) {
                int arrow = line.lastIndexOf("->");
                if (!line.isBlank()) {
                    ways.add(arrow < 0 ? new Step.Branch(line.strip(), "")
                            : new Step.Branch(line.substring(0, arrow).strip(), line.substring(arrow + 2).strip()));
                }
            }
            return new Step(id, kind, blank(prompt), blank(doHint), blank(dontHint), capture, ways, blank(next));
        }
    }

    private final ScriptLibrary library;
    private final ScriptRules rules;
    private final StoredScript base;
    private final Language translation;
    private final boolean readOnly;
    private final List<StepModel> steps = new ArrayList<>();
    private boolean showing;

    Text code;
    Combo language;
    Text title;
    Table table;
    Text id;
    Combo kind;
    Text prompt;
    Text doHint;
    Text dontHint;
    Combo capture;
    Combo next;
    Text branches;
    Label problems;

    /**
     * @param base the script to edit or translate, or null for a new one
     * @param translation the language to translate {@code base} into, or null to edit it
     */
    public ScriptEditorDialog(Shell parent, ScriptLibrary library, ScriptRules rules, StoredScript base,
            Language translation, boolean readOnly) {
        super(parent);
        this.library = library;
        this.rules = rules;
        this.base = base;
        this.translation = translation;
        this.readOnly = readOnly;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
        if (base != null) {
            base.script().steps().forEach(s -> steps.add(StepModel.of(s)));
        }
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(base == null ? Messages.ed_titleNew : translation != null ? Messages.ed_titleTranslate
                : readOnly ? Messages.ed_titleView : Messages.ed_titleEdit);
    }

    @Override
    protected Point getInitialSize() {
        return new Point(1100, 760);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(base == null ? Messages.ed_headNew
                : NLS.bind(translation != null ? Messages.ed_headTranslate : Messages.ed_head,
                        new Object[] { base.script().title(), base.version(),
                                (translation != null ? translation : base.script().language()).locale()
                                        .getDisplayLanguage(Locale.getDefault()) }));
        setMessage(readOnly ? Messages.ed_readOnly : Messages.ed_help);

        Composite top = new Composite(area, SWT.NONE);
        top.setLayout(new GridLayout(6, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        label(top, Messages.ed_code);
        code = new Text(top, SWT.BORDER);
        code.setLayoutData(width(160));
        code.setToolTipText(Messages.ed_codeTip);
        label(top, Messages.ed_language);
        language = new Combo(top, SWT.READ_ONLY);
        for (Language l : Language.values()) {
            language.add(l.locale().getDisplayLanguage(Locale.getDefault()));
        }
        label(top, Messages.ed_scriptTitle);
        title = new Text(top, SWT.BORDER);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        if (base != null) {
            code.setText(base.code());
            code.setEditable(false);
            language.select((translation != null ? translation : base.script().language()).ordinal());
            language.setEnabled(false);
            title.setText(base.script().title());
        } else {
            language.select(Language.ofCode(Locale.getDefault().getLanguage()) == null ? 0
                    : Language.ofCode(Locale.getDefault().getLanguage()).ordinal());
        }

        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        createStepList(body);
        createStepFields(body);

        problems = new Label(area, SWT.WRAP);
        problems.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData problemsData = new GridData(SWT.FILL, SWT.TOP, true, false);
        problemsData.widthHint = 900;
        problemsData.heightHint = 48;
        problems.setLayoutData(problemsData);

        code.addListener(SWT.Modify, e -> check());
        title.addListener(SWT.Modify, e -> check());
        showSteps(0);
        if (readOnly) {
            for (Control c : new Control[] { code, title, id, kind, prompt, doHint, dontHint, capture, next, branches }) {
                if (c instanceof Text t) {
                    t.setEditable(false);
                } else {
                    c.setEnabled(false);
                }
            }
        }
        (base == null ? code : title).setFocus();
        return area;
    }

    private void createStepList(Composite parent) {
        Composite left = new Composite(parent, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        GridData leftData = new GridData(SWT.FILL, SWT.FILL, false, true);
        leftData.widthHint = 330;
        left.setLayoutData(leftData);
        table = new Table(left, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column(table, "#", 30);
        column(table, Messages.ed_colId, 100);
        column(table, Messages.ed_colKind, 70);
        column(table, Messages.ed_colPrompt, 200);
        table.addListener(SWT.Selection, e -> showStep());
        Composite buttons = new Composite(left, SWT.NONE);
        buttons.setLayout(new GridLayout(4, true));
        buttons.setEnabled(!readOnly);
        button(buttons, Messages.ed_add, this::addStep);
        button(buttons, Messages.ed_remove, this::removeStep);
        button(buttons, Messages.ed_up, () -> move(-1));
        button(buttons, Messages.ed_down, () -> move(1));
    }

    private void createStepFields(Composite parent) {
        Composite right = new Composite(parent, SWT.NONE);
        right.setLayout(new GridLayout(4, false));
        right.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        label(right, Messages.ed_id);
        id = new Text(right, SWT.BORDER);
        id.setLayoutData(width(140));
        id.setToolTipText(Messages.ed_idTip);
        label(right, Messages.ed_kind);
        kind = new Combo(right, SWT.READ_ONLY);
        rules.kinds().forEach(k -> kind.add(k));
        kind.setToolTipText(Messages.ed_kindTip);
        prompt = area(right, Messages.ed_prompt, 70, Messages.ed_promptTip);
        doHint = area(right, Messages.ed_do, 44, Messages.ed_doTip);
        dontHint = area(right, Messages.ed_dont, 44, Messages.ed_dontTip);
        label(right, Messages.ed_capture);
        capture = new Combo(right, SWT.READ_ONLY);
        capture.setItems(Messages.ed_captureNothing, Messages.ed_captureAnswer, Messages.ed_capturePromise);
        label(right, Messages.ed_next);
        next = new Combo(right, SWT.READ_ONLY);
        next.setLayoutData(width(160));
        branches = area(right, Messages.ed_branches, 60, Messages.ed_branchesTip);

        id.addListener(SWT.Modify, e -> edited());
        kind.addListener(SWT.Selection, e -> edited());
        for (Text t : new Text[] { prompt, doHint, dontHint, branches }) {
            t.addListener(SWT.Modify, e -> edited());
        }
        capture.addListener(SWT.Selection, e -> edited());
        next.addListener(SWT.Selection, e -> edited());
    }

    private StepModel current() {
        int i = table.getSelectionIndex();
        return i < 0 || i >= steps.size() ? null : steps.get(i);
    }

    /** Shows the steps and selects the one at {@code select}. */
    private void showSteps(int select) {
        table.removeAll();
        for (int i = 0; i < steps.size(); i++) {
            StepModel m = steps.get(i);
            new TableItem(table, SWT.NONE).setText(new String[] { Integer.toString(i + 1), nz(m.id), nz(m.kind),
                    m.prompt.lines().findFirst().orElse("") });
        }
        if (!steps.isEmpty()) {
            table.select(Math.max(0, Math.min(select, steps.size() - 1)));
        }
        showStep();
    }

    private void showStep() {
        StepModel m = current();
        showing = true;
        try {
            for (Control c : new Control[] { id, kind, prompt, doHint, dontHint, capture, next, branches }) {
                c.setEnabled(m != null && (!readOnly || c instanceof Text));
            }
            id.setText(m == null ? "" : nz(m.id));
            kind.select(m == null ? -1 : kind.indexOf(nz(m.kind)));
            prompt.setText(m == null ? "" : m.prompt);
            doHint.setText(m == null ? "" : m.doHint);
            dontHint.setText(m == null ? "" : m.dontHint);
            capture.select(m == null ? -1 : m.capture.ordinal());
            next.removeAll();
            next.add(Messages.ed_nextEnd);
            steps.stream().filter(s -> s != m && s.id != null && !s.id.isBlank()).forEach(s -> next.add(s.id));
            next.select(m == null || m.next == null ? 0 : Math.max(0, next.indexOf(m.next)));
            branches.setText(m == null ? "" : m.branches);
        } finally {
            showing = false;
        }
        check();
    }

    /** A field of the selected step changed: the step takes it, the list and the check follow. */
    private void edited() {
        StepModel m = current();
        if (showing || m == null || readOnly) {
            return;
        }
        String oldId = m.id;
        m.id = id.getText().strip();
        m.kind = kind.getSelectionIndex() < 0 ? m.kind : kind.getItem(kind.getSelectionIndex());
        m.prompt = prompt.getText();
        m.doHint = doHint.getText();
        m.dontHint = dontHint.getText();
        m.capture = capture.getSelectionIndex() < 0 ? Step.Capture.NOTHING : Step.Capture.values()[capture.getSelectionIndex()];
        m.next = next.getSelectionIndex() <= 0 ? null : next.getItem(next.getSelectionIndex());
        m.branches = branches.getText();
        if (oldId != null && !oldId.equals(m.id) && !m.id.isEmpty()) {
            // a renamed step keeps the steps and branches that lead to it
            for (StepModel s : steps) {
                if (oldId.equals(s.next)) {
                    s.next = m.id;
                }
                s.branches = s.branches.replaceAll("->\\s*" + java.util.regex.Pattern.quote(oldId) + "\\s*(\\R|$)",
                        "-> " + java.util.regex.Matcher.quoteReplacement(m.id) + "$1");
            }
        }
        TableItem item = table.getItem(table.getSelectionIndex());
        item.setText(1, nz(m.id));
        item.setText(2, nz(m.kind));
        item.setText(3, m.prompt.lines().findFirst().orElse(""));
        check();
    }

    private void addStep() {
        StepModel m = new StepModel();
        int n = steps.size() + 1;
        while (taken("step-" + n)) {
            n++;
        }
        m.id = "step-" + n;
        m.kind = "say";
        int at = table.getSelectionIndex() + 1;
        if (at <= 0) {
            at = steps.size();
        }
        StepModel before = at > 0 && at - 1 < steps.size() ? steps.get(at - 1) : null;
        if (before != null && !"branch".equals(before.kind)) {
            // the new step goes in the call where it stands in the list
            m.next = before.next;
            before.next = m.id;
        }
        steps.add(at, m);
        showSteps(at);
        prompt.setFocus();
    }

    private boolean taken(String stepId) {
        return steps.stream().anyMatch(s -> stepId.equals(s.id));
    }

    private void removeStep() {
        int i = table.getSelectionIndex();
        if (i < 0) {
            return;
        }
        StepModel gone = steps.remove(i);
        for (StepModel s : steps) {
            if (gone.id != null && gone.id.equals(s.next)) {
                s.next = gone.next;
            }
        }
        showSteps(i);
    }

    private void move(int by) {
        int i = table.getSelectionIndex();
        int j = i + by;
        if (i < 0 || j < 0 || j >= steps.size()) {
            return;
        }
        steps.add(j, steps.remove(i));
        showSteps(j);
    }

    Script script() {
        Language l = Language.values()[Math.max(0, language.getSelectionIndex())];
        return new Script(code.getText().strip(), l, base == null ? 1 : base.version(), title.getText().strip(),
                steps.stream().map(StepModel::step).toList());
    }

    /** Checks the script as it stands and says what is wrong, so the admin fixes it before saving. */
    private void check() {
        if (problems == null || readOnly) {
            return;
        }
        List<String> found = rules.problems(script());
        problems.setText(String.join("\n", found.stream().limit(3).toList())
                + (found.size() > 3 ? "\n" + NLS.bind(Messages.ed_moreProblems, found.size() - 3) : ""));
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(found.isEmpty());
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (!readOnly) {
            createButton(parent, IDialogConstants.OK_ID, Messages.ed_save, true);
        }
        createButton(parent, IDialogConstants.CANCEL_ID, readOnly ? Messages.ed_close : IDialogConstants.CANCEL_LABEL,
                readOnly);
        check();
    }

    @Override
    protected void okPressed() {
        Script script = script();
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        StoreCall.run(getShell(), Messages.ed_saving, () -> library.save(script, basedOn(script)), saved -> {
            setReturnCode(OK);
            close();
        }, e -> {
            // the dialog stays open with everything typed, and says what stopped the save
            setMessage(e.getMessage(), e instanceof InvalidInputException || e instanceof ConcurrentChangeException
                    ? IMessageProvider.ERROR : IMessageProvider.WARNING);
            getButton(IDialogConstants.OK_ID).setEnabled(true);
        });
    }

    /** The version edited: for a translation, the newest in the target language (0 when there is none yet). */
    private int basedOn(Script script) {
        if (base == null) {
            return 0;
        }
        if (translation == null) {
            return base.version();
        }
        List<StoredScript> there = library.versions(script.code(), translation);
        return there.isEmpty() ? 0 : there.get(there.size() - 1).version();
    }

    private static Text area(Composite parent, String label, int height, String tip) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(label);
        l.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        Text t = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false, 3, 1);
        data.heightHint = height;
        t.setLayoutData(data);
        t.setToolTipText(tip);
        return t;
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    private static GridData width(int w) {
        GridData d = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        d.widthHint = w;
        return d;
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        b.addListener(SWT.Selection, e -> action.run());
    }

    private static void column(Table t, String text, int width) {
        TableColumn c = new TableColumn(t, SWT.LEFT);
        c.setText(text);
        c.setWidth(width);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
