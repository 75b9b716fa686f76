package org.parley.termination.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.parley.core.model.Language;
import org.parley.script.ToneCheck;
import org.parley.script.ui.ToneHints;
import org.parley.termination.ChecklistItem;
import org.parley.termination.Termination;
import org.parley.termination.TerminationService;
import org.parley.termination.TerminationState;
import org.parley.ui.workbench.Dialogs;
import org.parley.ui.workbench.StoreCall;

/**
 * The termination checklist of one client: every item with what it rests on and what still blocks it (each open
 * promise, gesture and case named), hand confirmations by the right role, the letter to the client with the tone
 * check, and the end of the relationship (or a director's override, or a reversal).
 */
public final class ChecklistDialog extends TitleAreaDialog {

    private final TerminationService terminations;
    private final ToneCheck tone;
    private final long clientId;
    private final String clientName;
    private List<ChecklistItem> items = List.of();
    private Termination termination;

    public Table checklist;
    public Text letter;
    public Label state;
    public Button confirm;
    public Button draft;
    public Button saveLetter;
    public Button end;
    public Button override;
    public Button reverse;
    public Button cancel;

    public ChecklistDialog(Shell shell, TerminationService terminations, ToneCheck tone,
            long clientId, String clientName) {
        super(shell);
        this.terminations = terminations;
        this.tone = tone;
        this.clientId = clientId;
        this.clientName = clientName;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** Opens without blocking; {@code then} runs when it closes, so the caller can read the client again. */
    public void openThen(Runnable then) {
        Dialogs.openThen(this, code -> then.run());
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.check_title, clientName));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.check_title, clientName));
        setMessage(Messages.check_help);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(1, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        state = new Label(form, SWT.WRAP);
        state.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        checklist = new Table(form, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        checklist.setHeaderVisible(true);
        checklist.setLinesVisible(true);
        GridData td = new GridData(SWT.FILL, SWT.FILL, true, true);
        td.heightHint = 360; // every item and its open lines without scrolling, also with a plug-in's conditions
        td.widthHint = 1000;
        checklist.setLayoutData(td);
        String[] headers = { Messages.check_item, Messages.check_status, Messages.check_details };
        int[] widths = { 300, 120, 580 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn c = new TableColumn(checklist, SWT.LEFT);
            c.setText(headers[i]);
            c.setWidth(widths[i]);
        }
        checklist.addListener(SWT.Selection, e -> enable());
        Composite buttons = new Composite(form, SWT.NONE);
        buttons.setLayout(new RowLayout());
        confirm = button(buttons, Messages.check_confirm);
        end = button(buttons, Messages.check_end);
        override = button(buttons, Messages.check_override);
        cancel = button(buttons, Messages.check_cancel);
        reverse = button(buttons, Messages.check_reverse);
        Label letterLabel = new Label(form, SWT.NONE);
        letterLabel.setText(Messages.check_letter);
        letter = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData ld = new GridData(SWT.FILL, SWT.FILL, true, true);
        ld.heightHint = 140;
        letter.setLayoutData(ld);
        new ToneHints(form, 1, letter, () -> tone, () -> language());
        Composite letterButtons = new Composite(form, SWT.NONE);
        letterButtons.setLayout(new RowLayout());
        draft = button(letterButtons, Messages.check_draft);
        saveLetter = button(letterButtons, Messages.check_saveLetter);

        confirm.addListener(SWT.Selection, e -> confirm());
        draft.addListener(SWT.Selection, e -> StoreCall.run(letter, Messages.job_saving,
                () -> terminations.draftLetter(clientId), letter::setText, this::failed));
        saveLetter.addListener(SWT.Selection, e -> {
            String text = letter.getText();
            StoreCall.run(letter, Messages.job_saving, () -> terminations.saveLetter(clientId, text), t -> reload(),
                    this::failed);
        });
        end.addListener(SWT.Selection, e -> StoreCall.run(checklist, Messages.job_saving,
                () -> terminations.terminate(clientId), t -> reload(), this::failed));
        override.addListener(SWT.Selection, e -> withReason(Messages.check_overrideTitle, Messages.check_overrideMessage,
                reason -> terminations.override(clientId, reason)));
        cancel.addListener(SWT.Selection, e -> withReason(Messages.check_cancelTitle, Messages.check_cancelMessage,
                reason -> terminations.cancel(clientId, reason)));
        reverse.addListener(SWT.Selection, e -> withReason(Messages.check_reverseTitle, Messages.check_reverseMessage,
                reason -> terminations.reverse(clientId, reason)));
        reload();
        return area;
    }

    private Language language() {
        String code = termination == null || termination.letterLanguage() == null ? null : termination.letterLanguage();
        Language l = Language.ofCode(code);
        return l == null ? Language.EN : l;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int id) {
        close();
    }

    private static Button button(Composite parent, String text) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        return b;
    }

    private record View(Termination termination, List<ChecklistItem> items) {
    }

    /** Reads the termination and its checklist again. */
    public void reload() {
        StoreCall.run(checklist, Messages.job_checklist, () -> {
            Termination t = terminations.current(clientId).orElse(null);
            return new View(t, t != null && t.state() == TerminationState.STARTED ? terminations.checklist(clientId)
                    : List.of());
        }, this::show, this::failed);
    }

    private void show(View v) {
        termination = v.termination();
        items = v.items();
        checklist.removeAll();
        for (ChecklistItem i : items) {
            TableItem row = new TableItem(checklist, SWT.NONE);
            String status = i.satisfied() ? Messages.check_done : i.mandatory() ? Messages.check_open
                    : Messages.check_optional;
            // one blocking line goes beside the item, several go below it one per row
            String details = i.open().size() == 1 && !i.open().get(0).equals(i.details())
                    ? i.details() + " \u2022 " + i.open().get(0) : i.details();
            row.setText(new String[] { i.label(), status, details.replace('\n', ' ') });
            row.setForeground(checklist.getDisplay().getSystemColor(i.satisfied() ? SWT.COLOR_DARK_GREEN
                    : SWT.COLOR_DARK_RED));
            for (String open : i.open().size() > 1 ? i.open() : List.<String>of()) {
                TableItem sub = new TableItem(checklist, SWT.NONE);
                sub.setText(new String[] { "", "", "\u2022 " + open });
                sub.setData(i);
            }
            row.setData(i);
        }
        Termination t = termination;
        state.setText(t == null ? Messages.term_none : NLS.bind(Messages.term_state, new Object[] {
                Messages.state(t.state()), t.startedBy(), EvidenceTable.DAY.format(t.startedAt()), t.reason() })
                + (t != null && t.overrideReason() != null ? " " + NLS.bind(Messages.check_overridden,
                        t.overrideReason()) : ""));
        if (t != null && t.letter() != null && letter.getText().isBlank()) {
            letter.setText(t.letter());
        }
        setErrorMessage(null);
        enable();
        checklist.getParent().layout(true, true);
    }

    private ChecklistItem selected() {
        int i = checklist.getSelectionIndex();
        return i < 0 ? null : (ChecklistItem) checklist.getItem(i).getData();
    }

    private void enable() {
        boolean running = termination != null && termination.state() == TerminationState.STARTED;
        ChecklistItem i = selected();
        confirm.setEnabled(running && i != null && i.confirmRole() != null);
        end.setEnabled(running && items.stream().allMatch(x -> !x.mandatory() || x.satisfied()));
        override.setEnabled(running);
        cancel.setEnabled(running);
        reverse.setEnabled(termination != null && termination.state() == TerminationState.TERMINATED);
        draft.setEnabled(running);
        saveLetter.setEnabled(running);
        letter.setEditable(running);
    }

    private void confirm() {
        ChecklistItem i = selected();
        if (i == null) {
            return;
        }
        InputDialog d = new InputDialog(getShell(), Messages.check_confirmTitle,
                NLS.bind(Messages.check_confirmMessage, i.label()), "", null);
        if (d.open() == Window.OK) {
            String note = d.getValue();
            StoreCall.run(checklist, Messages.job_saving, () -> terminations.confirm(clientId, i.conditionId(), note),
                    t -> reload(), this::failed);
        }
    }

    private interface Step {
        Termination run(String reason);
    }

    private void withReason(String title, String message, Step step) {
        InputDialog d = new InputDialog(getShell(), title, message, "", s -> s.isBlank() ? Messages.reason_required
                : null);
        if (d.open() == Window.OK) {
            String reason = d.getValue();
            StoreCall.run(checklist, Messages.job_saving, () -> step.run(reason), t -> reload(), this::failed);
        }
    }

    private void failed(RuntimeException e) {
        setErrorMessage(e.getMessage());
    }
}
