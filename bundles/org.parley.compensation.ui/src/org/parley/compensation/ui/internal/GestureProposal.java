package org.parley.compensation.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.parley.compensation.Advice;
import org.parley.compensation.CatalogueItem;
import org.parley.compensation.Gesture;
import org.parley.compensation.GestureAdvice;
import org.parley.compensation.GestureCheck;
import org.parley.compensation.GestureDraft;
import org.parley.compensation.GestureKind;
import org.parley.compensation.GestureService;
import org.parley.compensation.Labels;
import org.parley.core.model.Language;
import org.parley.core.service.InvalidInputException;
import org.parley.ui.workbench.StoreCall;

/**
 * The ranked alternatives for a case and the form to propose one: the case page and the script's gesture step
 * both use it. What proposing would need (whose approval, budget, per-client limit) is shown before the agent
 * proposes; a refused proposal keeps everything typed.
 */
final class GestureProposal {

    private final GestureAdvice advice;
    private final GestureService gestures;
    private final long caseId;
    /** Told of each proposal with its item's name, read in the proposal's job. */
    private final BiConsumer<Gesture, String> proposed;
    private final Language language;

    final Composite root;
    final Label banner;
    final Table alternatives;
    final Text value;
    final Label valueHint;
    final DateTime promisedDate;
    final Button datePicked;
    final Text note;
    final Label check;
    final Button propose;
    private List<Advice.Alternative> shown = List.of();

    GestureProposal(Composite parent, GestureAdvice advice, GestureService gestures, long caseId,
            BiConsumer<Gesture, String> proposed) {
        this.advice = advice;
        this.gestures = gestures;
        this.caseId = caseId;
        this.proposed = proposed;
        this.language = Language.ofCode(java.util.Locale.getDefault().getLanguage());
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(4, false));
        banner = new Label(root, SWT.WRAP);
        banner.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
        alternatives = new Table(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        alternatives.setHeaderVisible(true);
        alternatives.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
        tableData.heightHint = 190;
        alternatives.setLayoutData(tableData);
        String[] headers = { Messages.alt_fit, Messages.alt_gesture, Messages.alt_kind, Messages.alt_value,
                Messages.alt_cost, Messages.alt_why };
        int[] widths = { 50, 260, 170, 110, 80, 420 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn c = new TableColumn(alternatives, i == 0 || i == 4 ? SWT.RIGHT : SWT.LEFT);
            c.setText(headers[i]);
            c.setWidth(widths[i]);
        }
        alternatives.addListener(SWT.Selection, e -> selected());

        new Label(root, SWT.NONE).setText(Messages.prop_value);
        value = new Text(root, SWT.BORDER);
        value.setLayoutData(new GridData(120, SWT.DEFAULT));
        value.addListener(SWT.Modify, e -> recheck());
        valueHint = new Label(root, SWT.NONE);
        valueHint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        datePicked = new Button(root, SWT.CHECK);
        datePicked.setText(Messages.prop_promisedDate);
        promisedDate = new DateTime(root, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        LocalDate week = LocalDate.now().plusDays(7);
        promisedDate.setDate(week.getYear(), week.getMonthValue() - 1, week.getDayOfMonth());
        new Label(root, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        new Label(root, SWT.NONE).setText(Messages.prop_note);
        note = new Text(root, SWT.BORDER);
        note.setMessage(Messages.prop_noteHint);
        note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));

        check = new Label(root, SWT.WRAP);
        GridData checkData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        checkData.widthHint = 600;
        check.setLayoutData(checkData);
        propose = new Button(root, SWT.PUSH);
        propose.setText(Messages.prop_propose);
        propose.setLayoutData(new GridData(SWT.END, SWT.TOP, false, false));
        propose.addListener(SWT.Selection, e -> propose());
        selected();
    }

    /** Reads the advice for the case again (in a job). */
    void reload() {
        StoreCall.run(alternatives, Messages.prop_loading, () -> advice.adviseFor(caseId), this::show);
    }

    private void show(Advice a) {
        int keep = alternatives.getSelectionIndex();
        String keptCode = keep >= 0 && keep < shown.size() ? shown.get(keep).item().code() : null;
        shown = a.alternatives();
        alternatives.removeAll();
        int select = 0;
        for (int i = 0; i < shown.size(); i++) {
            Advice.Alternative x = shown.get(i);
            CatalogueItem item = x.item();
            new TableItem(alternatives, SWT.NONE).setText(new String[] { Integer.toString(x.fit()),
                    item.name(language), Labels.of(item.kind()), Amounts.range(item), Amounts.plain(x.cost()),
                    String.join(" ", x.reasons()) });
            if (item.code().equals(keptCode)) {
                select = i;
            }
        }
        if (a.suggestsNoGesture()) {
            banner.setText(NLS.bind(Messages.prop_noGesture, String.join(" ", a.noGestureReasons())));
            banner.setForeground(banner.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        } else {
            banner.setText(a.rootCause() == null ? Messages.prop_causeUnknown
                    : NLS.bind(Messages.prop_rankedFor, a.rootCause()));
            banner.setForeground(null);
        }
        if (!shown.isEmpty()) {
            alternatives.select(select);
        }
        selected();
        root.layout(true, true);
    }

    private CatalogueItem item() {
        int i = alternatives.getSelectionIndex();
        return i >= 0 && i < shown.size() ? shown.get(i).item() : null;
    }

    private void selected() {
        CatalogueItem item = item();
        boolean valued = item != null && item.kind().valueKind() != GestureKind.ValueKind.NONE;
        value.setEnabled(valued);
        if (valued && value.getText().isBlank()) {
            value.setText(Amounts.plain(item.valueFrom()));
        } else if (!valued) {
            value.setText("");
        }
        valueHint.setText(valued ? NLS.bind(Messages.prop_range, Amounts.range(item)) : "");
        boolean dated = item != null && item.kind() == GestureKind.NEW_DELIVERY_DATE;
        datePicked.setSelection(dated || datePicked.getSelection() && item != null);
        propose.setEnabled(item != null);
        recheck();
    }

    private GestureDraft draft() {
        CatalogueItem item = item();
        BigDecimal v = Amounts.parse("value", Messages.prop_value, value.getText());
        LocalDate date = datePicked.getSelection()
                ? LocalDate.of(promisedDate.getYear(), promisedDate.getMonth() + 1, promisedDate.getDay())
                : null;
        return new GestureDraft(caseId, item.code(), v, date, note.getText());
    }

    private void recheck() {
        if (item() == null) {
            check.setText(shown.isEmpty() ? "" : Messages.prop_pick);
            return;
        }
        GestureDraft d;
        try {
            d = draft();
        } catch (InvalidInputException e) {
            error(e.getMessage());
            return;
        }
        StoreCall.run(check, Messages.prop_checking, () -> gestures.check(d), this::showCheck, e -> error(e.getMessage()));
    }

    private void showCheck(GestureCheck c) {
        check.setText(String.join("\n", c.notes()));
        check.setForeground(c.overrideRole() != null ? check.getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW)
                : null);
        root.layout(true, true);
    }

    private void error(String message) {
        check.setText(message);
        check.setForeground(check.getDisplay().getSystemColor(SWT.COLOR_RED));
        root.layout(true, true);
    }

    private void propose() {
        GestureDraft d;
        try {
            d = draft();
        } catch (InvalidInputException e) {
            error(e.getMessage());
            return;
        }
        propose.setEnabled(false);
        StoreCall.run(propose, Messages.prop_proposing, () -> {
            Gesture g = gestures.propose(d);
            return java.util.Map.entry(g, gestures.itemOf(g).name(language));
        }, done -> {
            Gesture g = done.getKey();
            propose.setEnabled(true);
            note.setText("");
            check.setText(NLS.bind(Messages.prop_done, Labels.of(g.state())));
            check.setForeground(null);
            proposed.accept(g, done.getValue());
            reload();
        }, e -> {
            propose.setEnabled(true);
            error(e.getMessage());
        });
    }
}
