package org.parley.app.internal.parts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.event.Event;
import org.parley.app.internal.Messages;
import org.parley.app.internal.fields.CustomFieldsForm;
import org.parley.app.internal.fields.FieldSaveBar;
import org.parley.core.extension.CaseEvents;
import org.parley.core.model.Client;
import org.parley.core.model.FieldTarget;
import org.parley.core.service.CaseQuery;
import org.parley.core.service.CaseRow;
import org.parley.core.service.CaseService;
import org.parley.core.service.ClientService;
import org.parley.core.service.CustomField;
import org.parley.core.service.CustomFields;
import org.parley.core.service.InvalidInputException;
import org.parley.ui.api.CaseText;
import org.parley.ui.workbench.CaseEditors;
import org.parley.ui.workbench.StoreCall;

/**
 * Finds clients by name or contact and shows one client with their cases, newest first: the record that tells
 * a client with a problem from a problem client.
 */
public class ClientsPart {

    private static final int SEARCH_DELAY_MS = 300;
    private static final int RESULTS = 100;
    /** Cases listed per client; the count says how many there are in all. */
    private static final int CASES_SHOWN = 200;

    private final ClientService clients;
    private final CaseService cases;
    private final CaseEditors editors;
    private final Locale locale = Locale.getDefault();

    private Text search;
    private Table results;
    private Label details;
    private Label caseCount;
    private Table clientCases;
    private final Runnable searchSoon = this::search;
    private long searchGeneration;
    private long detailGeneration;
    private Client shown;
    private CustomFields customFields;
    private Group fieldsGroup;
    private CustomFieldsForm fieldsForm;
    private Button saveFields;
    private Label fieldsResult;

    @Inject
    public ClientsPart(ClientService clients, CaseService cases, CaseEditors editors) {
        this.clients = clients;
        this.cases = cases;
        this.editors = editors;
    }

    /** With the custom fields service, a client's custom fields are shown and edited here. */
    @Inject
    @Optional
    void setCustomFields(CustomFields customFields) {
        this.customFields = customFields;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(Messages.clients_searchHint);
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        search.addModifyListener(e -> search.getDisplay().timerExec(SEARCH_DELAY_MS, searchSoon));

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        results = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        results.setHeaderVisible(true);
        column(results, Messages.clients_name, 180);
        column(results, Messages.clients_language, 60);
        column(results, Messages.clients_contact, 180);
        results.addListener(SWT.Selection, e -> showSelected());

        Composite detail = new Composite(sash, SWT.NONE);
        GridLayout detailLayout = new GridLayout(1, false);
        detailLayout.marginWidth = 0;
        detail.setLayout(detailLayout);
        details = new Label(detail, SWT.WRAP);
        details.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        details.setText(Messages.clients_noneSelected);
        createFields(detail);
        caseCount = new Label(detail, SWT.NONE);
        caseCount.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        clientCases = new Table(detail, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        clientCases.setHeaderVisible(true);
        clientCases.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column(clientCases, Messages.column_number, 90);
        column(clientCases, Messages.column_title, 200);
        column(clientCases, Messages.column_status, 110);
        column(clientCases, Messages.column_opened, 120);
        clientCases.addListener(SWT.DefaultSelection, e -> openSelectedCase());
        sash.setWeights(45, 55);
    }

    private void createFields(Composite parent) {
        fieldsGroup = new Group(parent, SWT.NONE);
        fieldsGroup.setText(Messages.clients_fields);
        fieldsGroup.setLayout(new GridLayout(1, false));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.exclude = true;
        fieldsGroup.setLayoutData(data);
        fieldsGroup.setVisible(false);
        fieldsForm = new CustomFieldsForm(fieldsGroup, true);
        FieldSaveBar saveBar = new FieldSaveBar(fieldsGroup, fieldsForm, this::saveFields);
        saveFields = saveBar.button();
        fieldsResult = saveBar.result();
    }

    /** Reads the chosen client's custom fields in a job and shows them, replacing unsaved edits of another client. */
    private void showFields(Client c, boolean replaceEdits) {
        CustomFields service = customFields;
        if (service == null) {
            return;
        }
        long clientId = c.getId();
        record Loaded(List<CustomField> fields, Map<String, String> values) {
        }
        StoreCall.run(fieldsGroup, Messages.job_readFields, () -> new Loaded(service.active(FieldTarget.CLIENT),
                service.values(FieldTarget.CLIENT, clientId)), loaded -> {
                    if (shown == null || shown.getId() != clientId) {
                        return;
                    }
                    boolean any = !loaded.fields().isEmpty();
                    ((GridData) fieldsGroup.getLayoutData()).exclude = !any;
                    fieldsGroup.setVisible(any);
                    fieldsForm.show(loaded.fields(), loaded.values(), replaceEdits);
                    saveFields.setEnabled(fieldsForm.isDirty());
                    fieldsGroup.getParent().layout(true, true);
                }, e -> { });
    }

    /** Stores the chosen client's custom field values; a refusal is shown under its field, nothing typed is lost. */
    public void saveFields() {
        CustomFields service = customFields;
        Client c = shown;
        if (service == null || c == null) {
            return;
        }
        if (!fieldsForm.check()) {
            fieldsResult.setText(Messages.editor_fieldsRefused);
            return;
        }
        Map<String, String> values = fieldsForm.values();
        saveFields.setEnabled(false);
        fieldsResult.setText(Messages.dialog_saving);
        StoreCall.run(fieldsGroup, Messages.job_saveFields, () -> service.setValues(FieldTarget.CLIENT, c.getId(), values),
                saved -> {
                    fieldsResult.setText(Messages.editor_fieldsSaved);
                    showFields(c, true);
                }, e -> {
                    saveFields.setEnabled(true);
                    fieldsResult.setText(Messages.editor_fieldsRefused);
                    if (!(e instanceof InvalidInputException refusal && fieldsForm.refuse(refusal))) {
                        StoreCall.showFailure(fieldsGroup, e);
                    }
                    fieldsGroup.getParent().layout(true, true);
                });
    }

    /** The chosen client's custom field inputs: for tests. */
    public CustomFieldsForm fieldsForm() {
        return fieldsForm;
    }

    @Focus
    public void focus() {
        search.setFocus();
    }

    @Inject
    @Optional
    void clientChanged(@UIEventTopic(CaseEvents.CLIENT_CHANGED) Event event) {
        if (search != null && !search.isDisposed()) {
            search.getDisplay().timerExec(SEARCH_DELAY_MS, searchSoon);
        }
    }

    @Inject
    @Optional
    void caseChanged(@UIEventTopic(CaseEvents.TOPIC_ALL) Event event) {
        if (shown != null && !clientCases.isDisposed()) {
            showCases(shown);
        }
    }

    private void search() {
        if (search.isDisposed()) {
            return;
        }
        String text = search.getText().strip();
        long expected = ++searchGeneration;
        if (text.isEmpty()) {
            results.removeAll();
            return;
        }
        StoreCall.run(search, Messages.job_searchClients, () -> clients.search(text, RESULTS), found -> {
            if (expected != searchGeneration) {
                return;
            }
            results.removeAll();
            for (Client c : found) {
                TableItem item = new TableItem(results, SWT.NONE);
                item.setText(new String[] {c.getName(), c.getLanguage(),
                        c.getContactPoints().isEmpty() ? "" : c.getContactPoints().get(0).getAddress()});
                item.setData(c);
            }
            if (found.isEmpty()) {
                new TableItem(results, SWT.NONE).setText(Messages.clients_noMatch);
            }
        });
    }

    private void showSelected() {
        int i = results.getSelectionIndex();
        if (i < 0 || !(results.getItem(i).getData() instanceof Client c)) {
            return;
        }
        shown = c;
        String contacts = c.getContactPoints().stream()
                .map(p -> CaseText.channel(p.getChannel(), locale) + ": " + p.getAddress())
                .collect(Collectors.joining("\n"));
        details.setText(NLS.bind(Messages.clients_details, new Object[] {c.getName(), c.getLanguage(),
                contacts.isEmpty() ? Messages.editor_noContacts : contacts,
                c.getNotes() == null ? "" : c.getNotes()}));
        details.getParent().layout(true, true);
        showFields(c, true);
        showCases(c);
    }

    private void showCases(Client c) {
        long expected = ++detailGeneration;
        CaseQuery query = CaseQuery.all().forClient(c.getId());
        record ClientCases(long count, List<CaseRow> rows) {
        }
        StoreCall.run(clientCases, Messages.job_readCases,
                () -> new ClientCases(cases.count(query), cases.list(query, 0, CASES_SHOWN)), found -> {
                    if (expected != detailGeneration) {
                        return;
                    }
                    caseCount.setText(NLS.bind(Messages.clients_caseCount, found.count()));
                    clientCases.removeAll();
                    for (CaseRow row : found.rows()) {
                        TableItem item = new TableItem(clientCases, SWT.NONE);
                        item.setText(new String[] {row.number(), row.title(), CaseText.status(row.status(), locale),
                                CaseText.dateTime(row.openedAt(), locale)});
                        item.setData(row);
                    }
                });
    }

    private void openSelectedCase() {
        int i = clientCases.getSelectionIndex();
        if (i >= 0 && clientCases.getItem(i).getData() instanceof CaseRow row) {
            editors.open(row.id(), row.number());
        }
    }

    /** The search field: for tests. */
    public Text searchField() {
        return search;
    }

    /** The clients found: for tests. */
    public Table results() {
        return results;
    }

    /** The chosen client's cases: for tests. */
    public Table clientCases() {
        return clientCases;
    }

    private static void column(Table table, String text, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(text);
        column.setWidth(width);
    }
}
