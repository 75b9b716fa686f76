package org.parley.app.internal.parts;

import java.text.MessageFormat;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.parley.app.internal.Messages;
import org.parley.core.extension.CaseEvents;
import org.parley.core.model.CaseStatus;
import org.parley.core.model.FieldTarget;
import org.parley.core.model.FieldType;
import org.parley.core.service.CaseQuery;
import org.parley.core.service.CustomField;
import org.parley.core.service.CustomFields;
import org.parley.core.service.FieldCriterion;
import org.parley.core.service.CaseRow;
import org.parley.core.service.CaseService;
import org.parley.core.service.CaseSort;
import org.parley.core.service.InvalidInputException;
import org.parley.ui.api.CaseText;
import org.parley.ui.workbench.CaseEditors;
import org.parley.ui.workbench.StoreCall;

/**
 * The list of all cases. The table is virtual: it knows only how many cases match, and asks for the rows it
 * shows; those are read a page at a time in a job and kept in a small cache, so a million cases cost the
 * same as a hundred. Filtering and sorting are done by the database.
 */
public class CaseNavigatorPart {

    /** Rows read per database call. */
    static final int PAGE_SIZE = 200;
    /** Pages kept; the least recently used page is dropped first. */
    private static final int CACHED_PAGES = 50;
    private static final int FILTER_DELAY_MS = 300;
    private static final int EVENT_DELAY_MS = 500;

    /** The navigator's columns, in order, and what sorts them (null: not sortable). */
    enum Column {
        NUMBER(CaseSort.NUMBER, 90), TITLE(CaseSort.TITLE, 330), CLIENT(CaseSort.CLIENT, 170),
        STATUS(CaseSort.STATUS, 120), SEVERITY(CaseSort.SEVERITY, 80), CHANNEL(null, 115),
        OWNER(CaseSort.OWNER, 80), OPENED(CaseSort.OPENED, 125);

        final CaseSort sort;
        final int width;

        Column(CaseSort sort, int width) {
            this.sort = sort;
            this.width = width;
        }
    }

    private final CaseService cases;
    private final CaseEditors editors;
    private final Locale locale = Locale.getDefault();

    private Text filter;
    private Combo statusFilter;
    private Label countLabel;
    private CustomFields customFields;
    private Combo fieldChooser;
    private Text fieldValue;
    private Label fieldProblem;
    /** The fields offered by {@link #fieldChooser}, after its first "no field" entry. */
    private List<CustomField> chooserFields = List.of();
    private Table table;

    private CaseQuery query = CaseQuery.all();
    /** Increases whenever the query or the data changes, so pages read for an older one are ignored. */
    private long generation;
    private final Map<Integer, List<CaseRow>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<CaseRow>> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    private final Set<Integer> pagesLoading = new HashSet<>();
    private final Runnable refreshSoon = this::refresh;
    private Job countJob;

    @Inject
    public CaseNavigatorPart(CaseService cases, CaseEditors editors) {
        this.cases = cases;
        this.editors = editors;
    }

    /** With the custom fields service, cases can be filtered by custom field values. */
    @Inject
    @Optional
    void setCustomFields(CustomFields customFields) {
        this.customFields = customFields;
        loadFields();
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(3, false));

        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.navigator_filterHint);
        filter.setToolTipText(Messages.navigator_filterHint);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addModifyListener(e -> parent.getDisplay().timerExec(FILTER_DELAY_MS, refreshSoon));

        statusFilter = new Combo(parent, SWT.READ_ONLY);
        statusFilter.add(Messages.navigator_statusAll);
        statusFilter.add(Messages.navigator_statusOpen);
        for (CaseStatus s : CaseStatus.values()) {
            statusFilter.add(CaseText.status(s, locale));
        }
        statusFilter.select(1);
        statusFilter.setToolTipText(Messages.navigator_statusHint);
        statusFilter.addListener(SWT.Selection, e -> refresh());

        countLabel = new Label(parent, SWT.RIGHT);
        countLabel.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));

        createFieldFilter(parent);

        table = new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        for (Column c : Column.values()) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(header(c));
            column.setWidth(c.width);
            column.setMoveable(true);
            column.setData(c);
            if (c.sort != null) {
                column.addListener(SWT.Selection, e -> sortBy(column));
            } else {
                column.setToolTipText(Messages.navigator_notSortable);
            }
            if (c == Column.OPENED) {
                table.setSortColumn(column);
                table.setSortDirection(SWT.DOWN);
            }
        }
        table.addListener(SWT.SetData, this::fill);
        table.addListener(SWT.DefaultSelection, e -> openSelected());

        refresh();
        loadFields();
    }

    private void createFieldFilter(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        GridLayout layout = new GridLayout(4, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        Label caption = new Label(row, SWT.NONE);
        caption.setText(Messages.navigator_fieldCaption);
        fieldChooser = new Combo(row, SWT.READ_ONLY);
        fieldChooser.add(Messages.navigator_fieldNone);
        fieldChooser.select(0);
        fieldChooser.setToolTipText(Messages.navigator_fieldChooserHint);
        GridData chooserData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        chooserData.widthHint = 220;
        fieldChooser.setLayoutData(chooserData);
        fieldChooser.addListener(SWT.Selection, e -> {
            CustomField f = chosenField();
            fieldValue.setEnabled(f != null);
            fieldValue.setMessage(f == null ? "" : hint(f));
            fieldValue.setToolTipText(f == null ? "" : hint(f));
            refresh();
        });
        fieldValue = new Text(row, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        GridData valueData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        valueData.widthHint = 240;
        fieldValue.setLayoutData(valueData);
        fieldValue.setEnabled(false);
        fieldValue.addModifyListener(e -> parent.getDisplay().timerExec(FILTER_DELAY_MS, refreshSoon));
        fieldProblem = new Label(row, SWT.NONE);
        fieldProblem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        fieldProblem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    private static String hint(CustomField f) {
        return switch (f.type()) {
            case TEXT -> Messages.navigator_fieldTextHint;
            case CHOICE -> NLS.bind(Messages.navigator_fieldChoiceHint, String.join(", ", f.choices()));
            case NUMBER -> Messages.navigator_fieldNumberHint;
            case DATE -> Messages.navigator_fieldDateHint;
        };
    }

    /** Reads the custom fields offered for filtering, in a job. */
    private void loadFields() {
        CustomFields service = customFields;
        if (service == null || fieldChooser == null || fieldChooser.isDisposed()) {
            return;
        }
        StoreCall.run(fieldChooser, Messages.job_readFields, () -> {
            List<CustomField> all = new java.util.ArrayList<>(service.active(FieldTarget.CASE));
            all.addAll(service.active(FieldTarget.CLIENT));
            return all;
        }, fields -> {
            CustomField chosen = chosenField();
            chooserFields = List.copyOf(fields);
            fieldChooser.removeAll();
            fieldChooser.add(Messages.navigator_fieldNone);
            int select = 0;
            for (CustomField f : chooserFields) {
                fieldChooser.add(f.target() == FieldTarget.CASE ? f.label()
                        : NLS.bind(Messages.navigator_fieldOfClient, f.label()));
                if (chosen != null && chosen.id() == f.id()) {
                    select = fieldChooser.getItemCount() - 1;
                }
            }
            fieldChooser.select(select);
            fieldValue.setEnabled(select > 0);
            fieldChooser.getParent().layout(true);
        }, e -> { });
    }

    /** A custom field was defined or changed by an admin: offer the new list. */
    @Inject
    @Optional
    void fieldsChanged(@UIEventTopic(CustomFields.TOPIC_CHANGED) org.osgi.service.event.Event event) {
        loadFields();
    }

    private CustomField chosenField() {
        int i = fieldChooser == null ? 0 : fieldChooser.getSelectionIndex();
        return i <= 0 || i > chooserFields.size() ? null : chooserFields.get(i - 1);
    }

    /**
     * The condition typed for the chosen field: text contains, choice equals, a number or date alone is an
     * equality, {@code from..to} a range (either end may be left out).
     */
    private List<FieldCriterion> fieldCriteria() {
        CustomField f = chosenField();
        String typed = fieldValue.getText().strip();
        if (f == null || typed.isEmpty()) {
            return List.of();
        }
        FieldCriterion c;
        if (f.type() == FieldType.NUMBER || f.type() == FieldType.DATE) {
            int dots = typed.indexOf("..");
            String from = dots < 0 ? typed : typed.substring(0, dots).strip();
            String to = dots < 0 ? typed : typed.substring(dots + 2).strip();
            for (String end : new String[] {from, to}) {
                if (!end.isEmpty()) {
                    // refused here, with the field's own message, rather than by the database
                    if (f.type() == FieldType.NUMBER) {
                        f.number(end);
                    } else {
                        f.date(end);
                    }
                }
            }
            c = FieldCriterion.between(f.target(), f.code(), from.isEmpty() ? null : from, to.isEmpty() ? null : to);
        } else {
            if (f.type() == FieldType.CHOICE) {
                f.normalize(typed);
            }
            c = FieldCriterion.matching(f.target(), f.code(), typed);
        }
        return List.of(c);
    }

    @Focus
    public void focus() {
        table.setFocus();
    }

    /** Cases were opened or changed (here or by anyone else): read the list again shortly. */
    @Inject
    @Optional
    void caseChanged(@UIEventTopic(CaseEvents.TOPIC_ALL) org.osgi.service.event.Event event) {
        refreshLater();
    }

    @Inject
    @Optional
    void clientChanged(@UIEventTopic(CaseEvents.CLIENT_CHANGED) org.osgi.service.event.Event event) {
        refreshLater();
    }

    private void refreshLater() {
        if (table != null && !table.isDisposed()) {
            // several events in a row (an import) cause one refresh
            table.getDisplay().timerExec(EVENT_DELAY_MS, refreshSoon);
        }
    }

    /** Reads the number of matching cases again and lets the table ask for the rows it shows. */
    public void refresh() {
        if (table == null || table.isDisposed()) {
            return;
        }
        table.getDisplay().timerExec(-1, refreshSoon);
        query = currentQuery();
        long expected = ++generation;
        CaseQuery counted = query;
        if (countJob != null) {
            countJob.cancel();
        }
        countJob = StoreCall.run(table, Messages.job_countCases, () -> cases.count(counted), count -> {
            if (expected != generation) {
                return;
            }
            pages.clear();
            pagesLoading.clear();
            int rows = (int) Math.min(Integer.MAX_VALUE, count);
            table.setItemCount(rows);
            table.clearAll();
            countLabel.setText(new MessageFormat(Messages.navigator_count, locale).format(new Object[] {count}));
            countLabel.getParent().layout(new Control[] {countLabel});
        }, e -> {
            countLabel.setText(Messages.navigator_countFailed);
            StoreCall.showFailure(table, e);
        });
    }

    private CaseQuery currentQuery() {
        String text = filter.getText().strip();
        Set<CaseStatus> statuses = switch (statusFilter.getSelectionIndex()) {
            case 0 -> Set.of();
            case 1 -> openStatuses();
            default -> Set.of(CaseStatus.values()[statusFilter.getSelectionIndex() - 2]);
        };
        try {
            query.withText(text.isEmpty() ? null : text);
            filter.setToolTipText(Messages.navigator_filterHint);
        } catch (InvalidInputException e) {
            // an over-long filter: keep the previous list, say why
            filter.setToolTipText(e.getMessage());
            return query;
        }
        try {
            CaseQuery next = query.withText(text.isEmpty() ? null : text).withStatuses(statuses)
                    .withFields(fieldCriteria());
            fieldProblem.setText("");
            return next;
        } catch (InvalidInputException e) {
            fieldProblem.setText(e.getMessage());
            fieldProblem.getParent().layout(true);
            return query;
        }
    }

    private static Set<CaseStatus> openStatuses() {
        EnumSet<CaseStatus> open = EnumSet.noneOf(CaseStatus.class);
        for (CaseStatus s : CaseStatus.values()) {
            if (s.isOpen()) {
                open.add(s);
            }
        }
        return open;
    }

    private void sortBy(TableColumn column) {
        CaseSort sort = ((Column) column.getData()).sort;
        // a second click on the same column turns the order round
        boolean descending = table.getSortColumn() == column && table.getSortDirection() == SWT.UP;
        table.setSortColumn(column);
        table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
        query = query.sortedBy(sort, descending);
        refresh();
    }

    /** The table asks for one row: give it from the cache, or read its page and let the table ask again. */
    private void fill(Event event) {
        TableItem item = (TableItem) event.item;
        int index = event.index;
        int page = index / PAGE_SIZE;
        List<CaseRow> rows = pages.get(page);
        if (rows == null) {
            item.setText(0, Messages.navigator_loading);
            load(page);
            return;
        }
        int offset = index - page * PAGE_SIZE;
        if (offset >= rows.size()) {
            return;
        }
        CaseRow row = rows.get(offset);
        item.setData(row);
        item.setText(new String[] {row.number(), row.title(), nullToEmpty(row.clientName()),
                CaseText.status(row.status(), locale), CaseText.severity(row.severity(), locale),
                CaseText.channel(row.channel(), locale), nullToEmpty(row.ownerLogin()),
                CaseText.dateTime(row.openedAt(), locale)});
    }

    private void load(int page) {
        if (!pagesLoading.add(page)) {
            return;
        }
        long expected = generation;
        CaseQuery paged = query;
        StoreCall.run(table, Messages.job_readCases, () -> cases.list(paged, page * PAGE_SIZE, PAGE_SIZE), rows -> {
            if (expected != generation) {
                return;
            }
            pagesLoading.remove(page);
            pages.put(page, rows);
            int first = page * PAGE_SIZE;
            int last = Math.min(table.getItemCount(), first + PAGE_SIZE) - 1;
            if (first <= last) {
                table.clear(first, last);
            }
        }, e -> {
            pagesLoading.remove(page);
            StoreCall.showFailure(table, e);
        });
    }

    private void openSelected() {
        int index = table.getSelectionIndex();
        if (index < 0) {
            return;
        }
        if (table.getItem(index).getData() instanceof CaseRow row) {
            editors.open(row.id(), row.number());
        }
    }

    /** The rows currently shown: for tests and screenshots. */
    public Table table() {
        return table;
    }

    /** The numbers of the pages read and cached so far: for tests. */
    public Set<Integer> cachedPages() {
        return Set.copyOf(pages.keySet());
    }

    /** The custom field chooser of the filter: for tests. */
    public Combo fieldChooser() {
        return fieldChooser;
    }

    /** The value typed for the chosen custom field: for tests. */
    public Text fieldValue() {
        return fieldValue;
    }

    /** Why the typed custom field value does not filter, or "": for tests. */
    public Label fieldProblem() {
        return fieldProblem;
    }

    /** The filter field: for tests. */
    public Text filter() {
        return filter;
    }

    /** The "N cases" line: for tests. */
    public Label countLabel() {
        return countLabel;
    }

    private static String header(Column c) {
        return switch (c) {
            case NUMBER -> Messages.column_number;
            case TITLE -> Messages.column_title;
            case CLIENT -> Messages.column_client;
            case STATUS -> Messages.column_status;
            case SEVERITY -> Messages.column_severity;
            case CHANNEL -> Messages.column_channel;
            case OWNER -> Messages.column_owner;
            case OPENED -> Messages.column_opened;
        };
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
