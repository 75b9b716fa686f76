package org.parley.compensation.ui.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.osgi.util.NLS;
import org.parley.compensation.CatalogueItem;
import org.parley.compensation.CatalogueService;
import org.parley.compensation.GestureKind;
import org.parley.compensation.GestureRules;
import org.parley.compensation.Labels;
import org.parley.complaints.RootCause;
import org.parley.core.model.Language;
import org.parley.core.service.InvalidInputException;
import org.parley.ui.workbench.StoreCall;

/**
 * One catalogue item: kind, value range and currency, cost, root causes, validity, per-client limit, and its name,
 * description and redemption instructions in every language (a tab each). OK checks the item against the whole
 * catalogue, so a duplicate code or an unknown currency is refused here and not at save.
 */
public final class ItemDialog extends TitleAreaDialog {

    private final CatalogueService catalogue;
    private final GestureRules rules;
    private final List<CatalogueItem> others;
    private final List<RootCause> causes;
    private final CatalogueItem editing;
    private CatalogueItem result;

    public Text code;
    public Combo kind;
    public Text valueFrom;
    public Text valueTo;
    public Text currency;
    public Text cost;
    public Table rootCauses;
    public Text validFrom;
    public Text validTo;
    public Text perClientLimit;
    public Text perClientDays;
    public Button active;
    public final Map<Language, Text> names = new EnumMap<>(Language.class);
    public final Map<Language, Text> descriptions = new EnumMap<>(Language.class);
    public final Map<Language, Text> redemption = new EnumMap<>(Language.class);

    /**
     * @param others the catalogue's other items, for the check on OK
     * @param editing the item to change, or null for a new one
     */
    ItemDialog(Shell shell, CatalogueService catalogue, GestureRules rules, List<CatalogueItem> others,
            List<RootCause> causes, CatalogueItem editing) {
        super(shell);
        this.catalogue = catalogue;
        this.rules = rules;
        this.others = others;
        this.causes = causes;
        this.editing = editing;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    public CatalogueItem result() {
        return result;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(editing == null ? Messages.item_newTitle : Messages.item_editTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(editing == null ? Messages.item_newTitle : NLS.bind(Messages.item_editHeading, editing.code()));
        setMessage(Messages.item_help);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(4, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        code = text(form, Messages.item_code, 1);
        code.setMessage("late-delivery-credit");
        label(form, Messages.item_kind);
        kind = new Combo(form, SWT.READ_ONLY);
        for (GestureKind k : GestureKind.values()) {
            kind.add(Labels.of(k));
        }
        kind.select(0);
        kind.addListener(SWT.Selection, e -> kindChanged());
        valueFrom = text(form, Messages.item_valueFrom, 1);
        valueTo = text(form, Messages.item_valueTo, 1);
        currency = text(form, Messages.item_currency, 1);
        currency.setMessage(rules.currency());
        cost = text(form, Messages.item_cost, 1);
        cost.setMessage(NLS.bind(Messages.item_costHint, rules.currency()));
        validFrom = text(form, Messages.item_validFrom, 1);
        validFrom.setMessage("2026-01-01");
        validTo = text(form, Messages.item_validTo, 1);
        validTo.setMessage("2026-12-31");
        perClientLimit = text(form, Messages.item_perClientLimit, 1);
        perClientLimit.setMessage("0");
        perClientDays = text(form, Messages.item_perClientDays, 1);
        perClientDays.setMessage("365");
        label(form, Messages.item_rootCauses);
        rootCauses = new Table(form, SWT.BORDER | SWT.CHECK);
        GridData causeData = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        causeData.heightHint = 160;
        rootCauses.setLayoutData(causeData);
        for (RootCause r : causes) {
            TableItem row = new TableItem(rootCauses, SWT.NONE);
            row.setText(r.name() + " (" + r.code() + ")" + (r.active() ? "" : " \u2013 " + Messages.item_retiredCause));
            row.setData(r.code());
        }
        active = new Button(form, SWT.CHECK);
        active.setText(Messages.item_active);
        active.setSelection(true);
        active.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        Label anyCause = new Label(form, SWT.WRAP);
        anyCause.setText(Messages.item_anyCause);
        anyCause.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));

        TabFolder languages = new TabFolder(form, SWT.TOP);
        languages.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        for (Language l : Language.values()) {
            TabItem tab = new TabItem(languages, SWT.NONE);
            tab.setText(l.locale().getDisplayLanguage(l.locale()) + (l == Language.EN ? " *" : ""));
            Composite texts = new Composite(languages, SWT.NONE);
            texts.setLayout(new GridLayout(2, false));
            tab.setControl(texts);
            names.put(l, text(texts, Messages.item_name, 1));
            descriptions.put(l, area(texts, Messages.item_description));
            redemption.put(l, area(texts, Messages.item_redemption));
        }
        if (editing != null) {
            fill(editing);
        }
        kindChanged();
        // a refusal names what to fix; once the admin changes something it no longer applies
        listenForEdits(form);
        return area;
    }

    private void fill(CatalogueItem i) {
        code.setText(i.code());
        code.setEditable(false);
        kind.select(i.kind().ordinal());
        valueFrom.setText(Amounts.plain(i.valueFrom()));
        valueTo.setText(Amounts.plain(i.valueTo()));
        currency.setText(i.currency() == null ? "" : i.currency());
        cost.setText(Amounts.plain(i.cost()));
        validFrom.setText(i.validFrom() == null ? "" : i.validFrom().toString());
        validTo.setText(i.validTo() == null ? "" : i.validTo().toString());
        perClientLimit.setText(Integer.toString(i.perClientLimit()));
        perClientDays.setText(i.perClientLimit() == 0 ? "" : Integer.toString(i.perClientDays()));
        active.setSelection(i.active());
        for (TableItem row : rootCauses.getItems()) {
            row.setChecked(i.rootCauses().contains(row.getData()));
        }
        for (Language l : Language.values()) {
            names.get(l).setText(i.names().getOrDefault(l, ""));
            descriptions.get(l).setText(i.descriptions().getOrDefault(l, ""));
            redemption.get(l).setText(i.redemption().getOrDefault(l, ""));
        }
    }

    private void kindChanged() {
        GestureKind k = GestureKind.values()[Math.max(0, kind.getSelectionIndex())];
        boolean valued = k.valueKind() != GestureKind.ValueKind.NONE;
        valueFrom.setEnabled(valued);
        valueTo.setEnabled(valued);
        currency.setEnabled(k.paysMoney());
        if (k.paysMoney() && currency.getText().isBlank()) {
            currency.setText(rules.currency());
        }
    }

    private void listenForEdits(Composite parent) {
        for (Control c : parent.getChildren()) {
            if (c instanceof Text t) {
                t.addListener(SWT.Modify, e -> setErrorMessage(null));
            } else if (c instanceof Composite inner) {
                listenForEdits(inner);
            }
        }
    }

    private CatalogueItem read() {
        GestureKind k = GestureKind.values()[Math.max(0, kind.getSelectionIndex())];
        boolean valued = k.valueKind() != GestureKind.ValueKind.NONE;
        BigDecimal from = valued ? Amounts.parse("valueFrom", Messages.item_valueFrom, valueFrom.getText()) : null;
        BigDecimal to = valued ? Amounts.parse("valueTo", Messages.item_valueTo, valueTo.getText()) : null;
        if (valued && to == null) {
            to = from;
        }
        List<String> chosen = new ArrayList<>();
        for (TableItem row : rootCauses.getItems()) {
            if (row.getChecked()) {
                chosen.add((String) row.getData());
            }
        }
        int limit = Amounts.whole("perClientLimit", Messages.item_perClientLimit, perClientLimit.getText(), 0);
        return new CatalogueItem(code.getText().strip(), k, texts(names), texts(descriptions), texts(redemption),
                from, to, k.paysMoney() ? currency.getText().strip().toUpperCase(java.util.Locale.ROOT) : null,
                Amounts.parse("cost", Messages.item_cost, cost.getText()), chosen,
                Amounts.date("validFrom", Messages.item_validFrom, validFrom.getText()),
                Amounts.date("validTo", Messages.item_validTo, validTo.getText()), active.getSelection(), limit,
                Amounts.whole("perClientDays", Messages.item_perClientDays, perClientDays.getText(),
                        limit > 0 ? 365 : 0));
    }

    private static Map<Language, String> texts(Map<Language, Text> fields) {
        Map<Language, String> out = new EnumMap<>(Language.class);
        fields.forEach((l, t) -> {
            if (!t.getText().isBlank()) {
                out.put(l, t.getText().strip());
            }
        });
        return out;
    }

    @Override
    protected void okPressed() {
        CatalogueItem item;
        try {
            item = read();
        } catch (InvalidInputException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        List<CatalogueItem> all = new ArrayList<>(others);
        all.add(item);
        getButton(OK).setEnabled(false);
        StoreCall.run(getShell(), Messages.item_checking, () -> {
            catalogue.check(rules, all);
            return item;
        }, checked -> {
            result = checked;
            super.okPressed();
        }, e -> {
            getButton(OK).setEnabled(true);
            setErrorMessage(e.getMessage());
        });
    }

    private static void label(Composite parent, String text) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(text);
        l.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
    }

    private static Text text(Composite parent, String label, int span) {
        label(parent, label);
        Text t = new Text(parent, SWT.BORDER);
        GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1);
        d.widthHint = 180;
        t.setLayoutData(d);
        return t;
    }

    private static Text area(Composite parent, String label) {
        label(parent, label);
        Text t = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData d = new GridData(SWT.FILL, SWT.FILL, true, true);
        d.heightHint = 50;
        d.widthHint = 520;
        t.setLayoutData(d);
        return t;
    }
}
