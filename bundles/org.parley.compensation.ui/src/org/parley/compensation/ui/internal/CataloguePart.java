package org.parley.compensation.ui.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.parley.compensation.Budget;
import org.parley.compensation.Catalogue;
import org.parley.compensation.CatalogueFormat;
import org.parley.compensation.CatalogueItem;
import org.parley.compensation.CatalogueService;
import org.parley.compensation.GestureBudgets;
import org.parley.compensation.GestureRules;
import org.parley.compensation.Labels;
import org.parley.complaints.InvestigationService;
import org.parley.complaints.RootCause;
import org.parley.core.model.Language;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.UserService;
import org.parley.ui.workbench.Dialogs;
import org.parley.ui.workbench.SignedIn;
import org.parley.ui.workbench.StoreCall;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The admin's catalogue editor: rules and limits, items in the order agents see them (new, edit, translate,
 * retire, reorder), import and export, earlier versions read-only, and team budgets with what they have spent.
 * Changes are kept on screen until saved as the next version; everyone else sees the catalogue read-only.
 */
public class CataloguePart {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final CatalogueService catalogue;
    private final GestureBudgets budgets;
    private final InvestigationService investigations;
    private final UserService users;
    private final Language language = Language.ofCode(Locale.getDefault().getLanguage());
    private String login;

    Label heading;
    Combo versions;
    Text currency;
    Text agentLimit;
    Text supervisorLimit;
    Text windowDays;
    Text noGestureAfter;
    Text flagAbove;
    Table items;
    Button add;
    Button edit;
    Button up;
    Button down;
    Button retire;
    Button importFile;
    Button exportFile;
    Label status;
    Button discard;
    Button save;
    Table budgetTable;
    Button addBudget;
    Button editBudget;
    Button removeBudget;

    private List<Catalogue> history = List.of();
    private Catalogue shown;
    private List<CatalogueItem> editing = new ArrayList<>();
    private List<RootCause> causes = List.of();
    private List<Budget> budgetRows = List.of();
    private boolean admin;
    private boolean dirty;
    /** Set while the rule fields are filled from a version, so that filling them is not taken for an edit. */
    private boolean showingRules;

    @Inject
    public CataloguePart(CatalogueService catalogue, GestureBudgets budgets, InvestigationService investigations,
            UserService users) {
        this.catalogue = catalogue;
        this.budgets = budgets;
        this.investigations = investigations;
        this.users = users;
    }

    @Inject
    @Optional
    void signedIn(@Named(SignedIn.LOGIN) String login) {
        this.login = login;
        if (items != null && !items.isDisposed()) {
            load(0);
        }
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(5, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        heading = new Label(top, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(top, SWT.NONE).setText(Messages.cat_version);
        versions = new Combo(top, SWT.READ_ONLY);
        versions.addListener(SWT.Selection, e -> {
            int i = versions.getSelectionIndex();
            if (i >= 0 && i < history.size()) {
                load(history.get(i).version());
            }
        });
        importFile = button(top, Messages.cat_import);
        exportFile = button(top, Messages.cat_export);
        importFile.addListener(SWT.Selection, e -> importFile());
        exportFile.addListener(SWT.Selection, e -> exportFile());

        Group rules = new Group(parent, SWT.NONE);
        rules.setText(Messages.cat_rules);
        rules.setLayout(new GridLayout(6, false));
        rules.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        currency = field(rules, Messages.cat_currency);
        agentLimit = field(rules, Messages.cat_agentLimit);
        supervisorLimit = field(rules, Messages.cat_supervisorLimit);
        windowDays = field(rules, Messages.cat_windowDays);
        noGestureAfter = field(rules, Messages.cat_noGestureAfter);
        flagAbove = field(rules, Messages.cat_flagAbove);
        Label above = new Label(rules, SWT.WRAP);
        above.setText(Messages.cat_rulesHelp);
        above.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 6, 1));

        Group itemGroup = new Group(parent, SWT.NONE);
        itemGroup.setText(Messages.cat_items);
        itemGroup.setLayout(new GridLayout(2, false));
        itemGroup.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        items = new Table(itemGroup, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        items.setHeaderVisible(true);
        items.setLinesVisible(true);
        items.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        String[] headers = { Messages.cat_code, Messages.cat_name, Messages.cat_kind, Messages.cat_value,
                Messages.cat_cost, Messages.cat_rootCauses, Messages.cat_perClient, Messages.cat_validity,
                Messages.cat_languages, Messages.cat_status };
        int[] widths = { 150, 250, 170, 100, 60, 230, 100, 150, 90, 80 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn c = new TableColumn(items, i == 4 ? SWT.RIGHT : SWT.LEFT);
            c.setText(headers[i]);
            c.setWidth(widths[i]);
        }
        items.addListener(SWT.Selection, e -> enable());
        items.addListener(SWT.DefaultSelection, e -> editItem());
        Composite side = new Composite(itemGroup, SWT.NONE);
        side.setLayout(new GridLayout(1, true));
        side.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        add = sideButton(side, Messages.cat_new);
        edit = sideButton(side, Messages.cat_edit);
        up = sideButton(side, Messages.cat_up);
        down = sideButton(side, Messages.cat_down);
        retire = sideButton(side, Messages.cat_retire);
        add.addListener(SWT.Selection, e -> newItem());
        edit.addListener(SWT.Selection, e -> editItem());
        up.addListener(SWT.Selection, e -> move(-1));
        down.addListener(SWT.Selection, e -> move(1));
        retire.addListener(SWT.Selection, e -> retire());

        Composite saveRow = new Composite(parent, SWT.NONE);
        saveRow.setLayout(new GridLayout(3, false));
        saveRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status = new Label(saveRow, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        discard = button(saveRow, Messages.cat_discard);
        save = button(saveRow, Messages.cat_save);
        discard.addListener(SWT.Selection, e -> load(0));
        save.addListener(SWT.Selection, e -> save());
        for (Text t : new Text[] { currency, agentLimit, supervisorLimit, windowDays, noGestureAfter, flagAbove }) {
            t.addListener(SWT.Modify, e -> {
                if (shown != null && !showingRules) {
                    changed();
                }
            });
        }

        Group budgetGroup = new Group(parent, SWT.NONE);
        budgetGroup.setText(Messages.cat_budgets);
        budgetGroup.setLayout(new GridLayout(2, false));
        budgetGroup.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        budgetTable = new Table(budgetGroup, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        budgetTable.setHeaderVisible(true);
        budgetTable.setLinesVisible(true);
        GridData bd = new GridData(SWT.FILL, SWT.FILL, true, true);
        bd.heightHint = 90;
        budgetTable.setLayoutData(bd);
        String[] bh = { Messages.bud_team, Messages.bud_from, Messages.bud_to, Messages.bud_amount, Messages.bud_spent,
                Messages.bud_left };
        for (String h : bh) {
            TableColumn c = new TableColumn(budgetTable, SWT.LEFT);
            c.setText(h);
            c.setWidth(120);
        }
        budgetTable.addListener(SWT.Selection, e -> enable());
        Composite bside = new Composite(budgetGroup, SWT.NONE);
        bside.setLayout(new GridLayout(1, true));
        bside.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        addBudget = sideButton(bside, Messages.bud_add);
        editBudget = sideButton(bside, Messages.bud_edit);
        removeBudget = sideButton(bside, Messages.bud_remove);
        addBudget.addListener(SWT.Selection, e -> budget(null));
        editBudget.addListener(SWT.Selection, e -> budget(selectedBudget()));
        removeBudget.addListener(SWT.Selection, e -> removeBudget());
        load(0);
    }

    @Focus
    public void focus() {
        items.setFocus();
    }

    /** Reads a version (0: the newest), the version list, root causes, budgets and whether the user is an admin. */
    void load(int version) {
        String who = login;
        record Loaded(Catalogue catalogue, List<Catalogue> versions, List<RootCause> causes, boolean admin,
                List<Budget> budgets, List<java.math.BigDecimal> spent) {
        }
        StoreCall.run(items, Messages.cat_loading, () -> {
            Catalogue c = version == 0 ? catalogue.current() : catalogue.version(version);
            List<Budget> b = budgets.list();
            return new Loaded(c, catalogue.versions(), investigations.rootCauses(), who != null && users.isAdmin(who),
                    b, b.stream().map(budgets::spent).toList());
        }, l -> {
            shown = l.catalogue();
            history = l.versions();
            causes = l.causes();
            admin = l.admin();
            editing = new ArrayList<>(shown.items());
            dirty = false;
            versions.removeAll();
            for (Catalogue v : history) {
                versions.add(NLS.bind(Messages.cat_versionItem, new Object[] { v.version(), v.savedBy(),
                        WHEN.format(v.savedAt()) }));
                if (v.version() == shown.version()) {
                    versions.select(versions.getItemCount() - 1);
                }
            }
            showRules(shown.rules());
            showItems();
            budgetRows = l.budgets();
            budgetTable.removeAll();
            for (int i = 0; i < budgetRows.size(); i++) {
                Budget b = budgetRows.get(i);
                java.math.BigDecimal spent = l.spent().get(i);
                TableItem row = new TableItem(budgetTable, SWT.NONE);
                row.setText(new String[] { b.team(), b.from().toString(), b.to().toString(),
                        Amounts.money(b.amount(), shown.rules().currency()),
                        Amounts.money(spent, shown.rules().currency()),
                        Amounts.money(b.amount().subtract(spent), shown.rules().currency()) });
                if (spent.compareTo(b.amount()) > 0) {
                    row.setForeground(budgetTable.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                }
            }
            status.setText(!admin ? Messages.cat_readOnly : isOld() ? Messages.cat_oldVersion : "");
            status.setForeground(null);
            heading.setText(NLS.bind(Messages.cat_heading, new Object[] { shown.version(), shown.savedBy(),
                    WHEN.format(shown.savedAt()) }));
            enable();
            heading.getParent().getParent().layout(true, true);
        });
    }

    private boolean isOld() {
        return shown != null && !history.isEmpty() && shown.version() != history.get(0).version();
    }

    private void showRules(GestureRules r) {
        showingRules = true;
        currency.setText(r.currency());
        agentLimit.setText(Amounts.plain(r.agentLimit()));
        supervisorLimit.setText(Amounts.plain(r.supervisorLimit()));
        windowDays.setText(Integer.toString(r.windowDays()));
        noGestureAfter.setText(Integer.toString(r.noGestureAfter()));
        flagAbove.setText(Integer.toString(r.flagAbove()));
        showingRules = false;
    }

    private GestureRules rules() {
        return new GestureRules(currency.getText().strip().toUpperCase(Locale.ROOT),
                Amounts.parse("agentLimit", Messages.cat_agentLimit, agentLimit.getText()),
                Amounts.parse("supervisorLimit", Messages.cat_supervisorLimit, supervisorLimit.getText()),
                Amounts.whole("windowDays", Messages.cat_windowDays, windowDays.getText(), 365),
                Amounts.whole("noGestureAfter", Messages.cat_noGestureAfter, noGestureAfter.getText(), 3),
                Amounts.whole("flagAbove", Messages.cat_flagAbove, flagAbove.getText(), 3));
    }

    private void showItems() {
        int keep = items.getSelectionIndex();
        items.removeAll();
        for (CatalogueItem i : editing) {
            TableItem row = new TableItem(items, SWT.NONE);
            StringBuilder langs = new StringBuilder();
            for (Language l : Language.values()) {
                if (i.names().containsKey(l)) {
                    langs.append(langs.length() == 0 ? "" : " ").append(l.code());
                }
            }
            row.setText(new String[] { i.code(), i.name(language), Labels.of(i.kind()), Amounts.range(i),
                    Amounts.plain(i.cost()), i.rootCauses().isEmpty() ? Messages.cat_anyCause
                            : String.join(", ", i.rootCauses()),
                    i.perClientLimit() == 0 ? "" : NLS.bind(Messages.cat_perClientValue, i.perClientLimit(),
                            i.perClientDays()),
                    (i.validFrom() == null ? "" : i.validFrom().toString()) + (i.validFrom() == null
                            && i.validTo() == null ? "" : " \u2013 ") + (i.validTo() == null ? "" : i.validTo().toString()),
                    langs.toString(), i.active() ? Messages.cat_active : Messages.cat_retired });
            if (!i.active()) {
                row.setForeground(items.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            }
        }
        if (keep >= 0 && keep < editing.size()) {
            items.select(keep);
        }
    }

    private void enable() {
        boolean editable = admin && !isOld();
        int i = items.getSelectionIndex();
        add.setEnabled(editable);
        edit.setEnabled(i >= 0);
        edit.setText(editable ? Messages.cat_edit : Messages.cat_view);
        up.setEnabled(editable && i > 0);
        down.setEnabled(editable && i >= 0 && i < editing.size() - 1);
        retire.setEnabled(editable && i >= 0);
        retire.setText(i >= 0 && i < editing.size() && !editing.get(i).active() ? Messages.cat_reinstate
                : Messages.cat_retire);
        importFile.setEnabled(admin);
        save.setEnabled(editable && dirty);
        discard.setEnabled(dirty);
        for (Text t : new Text[] { currency, agentLimit, supervisorLimit, windowDays, noGestureAfter, flagAbove }) {
            t.setEditable(editable);
        }
        addBudget.setEnabled(admin);
        editBudget.setEnabled(admin && budgetTable.getSelectionIndex() >= 0);
        removeBudget.setEnabled(admin && budgetTable.getSelectionIndex() >= 0);
        items.getParent().layout(true, true);
    }

    private void changed() {
        dirty = true;
        status.setText(Messages.cat_unsaved);
        status.setForeground(null);
        enable();
    }

    private void newItem() {
        openItem(null, -1);
    }

    private void editItem() {
        int i = items.getSelectionIndex();
        if (i >= 0) {
            openItem(editing.get(i), i);
        }
    }

    private void openItem(CatalogueItem item, int at) {
        GestureRules r;
        try {
            r = rules();
        } catch (InvalidInputException e) {
            error(e.getMessage());
            return;
        }
        List<CatalogueItem> others = new ArrayList<>(editing);
        if (at >= 0) {
            others.remove(at);
        }
        ItemDialog d = new ItemDialog(items.getShell(), catalogue, r, others, causes, item);
        // the item is taken when the dialog closes with OK
        Dialogs.openThen(d, code -> {
            if (code == ItemDialog.OK && admin && !isOld() && d.result() != null && !items.isDisposed()) {
                if (at >= 0) {
                    editing.set(at, d.result());
                } else {
                    editing.add(d.result());
                }
                showItems();
                items.select(at >= 0 ? at : editing.size() - 1);
                changed();
            }
        });
    }

    private void move(int by) {
        int i = items.getSelectionIndex();
        int j = i + by;
        if (i < 0 || j < 0 || j >= editing.size()) {
            return;
        }
        CatalogueItem moved = editing.remove(i);
        editing.add(j, moved);
        showItems();
        items.select(j);
        changed();
    }

    private void retire() {
        int i = items.getSelectionIndex();
        if (i >= 0) {
            editing.set(i, editing.get(i).withActive(!editing.get(i).active()));
            showItems();
            changed();
        }
    }

    private void save() {
        GestureRules r;
        try {
            r = rules();
        } catch (InvalidInputException e) {
            error(e.getMessage());
            return;
        }
        List<CatalogueItem> toSave = List.copyOf(editing);
        int basedOn = shown.version();
        save.setEnabled(false);
        StoreCall.run(items, Messages.cat_saving, () -> catalogue.save(r, toSave, basedOn), saved -> load(0), e -> {
            error(e.getMessage());
            enable();
        });
    }

    private void importFile() {
        FileDialog d = new FileDialog(items.getShell(), SWT.OPEN);
        d.setText(Messages.cat_importTitle);
        d.setFilterExtensions(new String[] { "*.json;*.csv", "*.*" });
        String file = d.open();
        if (file == null) {
            return;
        }
        CatalogueFormat format = CatalogueFormat.ofFileName(file);
        if (format == null) {
            error(NLS.bind(Messages.cat_formatUnknown, file));
            return;
        }
        StoreCall.run(items, Messages.cat_reading, () -> {
            try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                return catalogue.read(in, format);
            } catch (java.nio.charset.MalformedInputException e) {
                throw new InvalidInputException("file", NLS.bind(Messages.cat_notUtf8, file));
            } catch (IOException e) {
                throw new InvalidInputException("file", NLS.bind(Messages.cat_unreadable, file, e.getMessage()));
            }
        }, read -> {
            // what was read replaces the unsaved edit; saving makes it the next version
            editing = new ArrayList<>(read.items());
            showRules(read.rules());
            showItems();
            changed();
            status.setText(NLS.bind(Messages.cat_imported, read.items().size(), Path.of(file).getFileName()));
        }, e -> error(e.getMessage()));
    }

    private void exportFile() {
        FileDialog d = new FileDialog(items.getShell(), SWT.SAVE);
        d.setText(Messages.cat_exportTitle);
        d.setFilterExtensions(new String[] { "*.json", "*.csv" });
        d.setFileName("gesture-catalogue-v" + shown.version() + ".json");
        d.setOverwrite(true);
        String file = d.open();
        if (file == null) {
            return;
        }
        CatalogueFormat format = CatalogueFormat.ofFileName(file);
        if (format == null) {
            error(NLS.bind(Messages.cat_formatUnknown, file));
            return;
        }
        Catalogue version = shown;
        StoreCall.run(items, Messages.cat_writing, () -> {
            try (Writer out = Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8)) {
                catalogue.export(version, out, format);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, f -> {
            status.setText(NLS.bind(Messages.cat_exported, version.version(), f));
            status.setForeground(null);
        }, e -> error(e.getMessage()));
    }

    private Budget selectedBudget() {
        int i = budgetTable.getSelectionIndex();
        return i >= 0 && i < budgetRows.size() ? budgetRows.get(i) : null;
    }

    private void budget(Budget editingBudget) {
        BudgetDialog d = new BudgetDialog(items.getShell(), budgets, editingBudget);
        Dialogs.openThen(d, code -> {
            if (code == BudgetDialog.OK && !items.isDisposed()) {
                load(shown == null || !isOld() ? 0 : shown.version());
            }
        });
    }

    private void removeBudget() {
        Budget b = selectedBudget();
        if (b == null || !org.eclipse.jface.dialogs.MessageDialog.openQuestion(items.getShell(), Messages.bud_removeTitle,
                NLS.bind(Messages.bud_removeQuestion, b.team(), b.from() + " \u2013 " + b.to()))) {
            return;
        }
        StoreCall.run(items, Messages.cat_saving, () -> {
            budgets.remove(b.id());
            return b;
        }, x -> load(0));
    }

    private void error(String message) {
        status.setText(message);
        status.setForeground(status.getDisplay().getSystemColor(SWT.COLOR_RED));
        status.getParent().layout(true);
    }

    private static Text field(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Text t = new Text(parent, SWT.BORDER);
        GridData d = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
        d.widthHint = 90;
        t.setLayoutData(d);
        return t;
    }

    private static Button button(Composite parent, String text) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        return b;
    }

    private static Button sideButton(Composite parent, String text) {
        Button b = button(parent, text);
        b.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return b;
    }
}
