package org.parley.app.internal.parts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
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
import org.parley.app.internal.dialogs.CommitmentDialog;
import org.parley.app.internal.dialogs.EditCaseDialog;
import org.parley.app.internal.dialogs.InteractionDialog;
import org.parley.core.extension.CaseAction;
import org.parley.core.extension.CaseEvents;
import org.parley.core.model.Case;
import org.parley.core.model.CaseStatus;
import org.parley.core.model.Client;
import org.parley.core.model.FieldTarget;
import org.parley.core.model.Commitment;
import org.parley.core.model.CommitmentState;
import org.parley.core.model.ContactPoint;
import org.parley.core.model.Interaction;
import org.parley.core.service.CaseService;
import org.parley.core.service.CustomField;
import org.parley.core.service.CustomFields;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.Clock;
import org.parley.core.service.ConcurrentChangeException;
import org.parley.core.service.NotFoundException;
import org.parley.core.service.Session;
import org.parley.core.service.Store;
import org.parley.ui.api.CaseEditorPage;
import org.parley.ui.api.CasePageContext;
import org.parley.ui.api.CaseText;
import org.parley.ui.workbench.CaseEditors;
import org.parley.ui.workbench.ServiceList;
import org.parley.ui.workbench.StoreCall;

/**
 * One case: the header with its lifecycle, the client, the timeline of interactions, the promises made, and
 * the tabs and actions other bundles contribute. Everything is read in a job; changes are stored in a job
 * and, when someone else changed the case meanwhile, the user is told and offered to reload.
 */
public class CaseEditorPart {

    private static final int EVENT_DELAY_MS = 300;

    private final CaseService cases;
    private Store store;
    private final MPart part;
    private final Session session;
    private final Clock clock;
    private final long caseId;
    private final Locale locale = Locale.getDefault();

    private ScrolledComposite scroller;
    private Composite body;
    private Label heading;
    private Label status;
    private Composite statusButtons;
    private Label severity;
    private Label owner;
    private Label channel;
    private Label levels;
    private Label opened;
    private Label acknowledged;
    private Label closed;
    private Label clientName;
    private Label clientLanguage;
    private Label clientContacts;
    private Label description;
    private CustomFields customFields;
    private Group fieldsGroup;
    private CustomFieldsForm caseFields;
    private Label clientFieldsCaption;
    private CustomFieldsForm clientFields;
    private Button saveFields;
    private Label fieldsResult;
    private Table timeline;
    private Text interactionText;
    private Table commitmentTable;
    private Button kept;
    private Button broken;
    private Composite actionBar;
    private Button editButton;
    private Label actionResult;
    private CTabFolder pageFolder;
    private final Map<CaseEditorPage, CTabItem> pageTabs = new LinkedHashMap<>();

    private ServiceList<CaseEditorPage> pages;
    private ServiceList<CaseAction> actions;

    /** The case as last read, with what was read with it; null until the first read finished. */
    private Snapshot snapshot;
    private final Runnable reloadSoon = this::reload;
    private final CasePageContext pageContext = new PageContext();

    /** Everything the editor shows, read together in one job. */
    record Snapshot(Case conflictCase, List<Interaction> interactions, List<Commitment> commitments, Instant now,
            String login) {
    }

    @Inject
    public CaseEditorPart(CaseService cases, MPart part, @Optional Session session, @Optional Clock clock) {
        this.cases = cases;
        this.part = part;
        this.session = session;
        this.clock = clock;
        this.caseId = Long.parseLong(Objects.requireNonNull(part.getPersistedState().get(CaseEditors.CASE_ID),
                "case editor without a case id"));
    }

    /** Editing the case needs one transaction over two changes; without the store the Edit button stays off. */
    @Inject
    @Optional
    void setStore(Store store) {
        this.store = store;
        if (editButton != null && !editButton.isDisposed()) {
            editButton.setEnabled(store != null);
        }
    }

    /** Custom fields are shown when the service is there. */
    @Inject
    @Optional
    void setCustomFields(CustomFields customFields) {
        this.customFields = customFields;
        if (body != null && !body.isDisposed()) {
            reloadFields(false);
        }
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        body = new Composite(scroller, SWT.NONE);
        scroller.setContent(body);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 10;
        layout.marginHeight = 8;
        layout.verticalSpacing = 10;
        body.setLayout(layout);

        heading = new Label(body, SWT.WRAP);
        heading.setFont(JFaceResources.getHeaderFont());
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        heading.setText(Messages.editor_loading);

        createHeader(body);
        createClient(body);
        createFields(body);
        createTimeline(body);
        createCommitments(body);
        createActions(body);

        pageFolder = new CTabFolder(body, SWT.BORDER | SWT.TOP);
        GridData folderData = new GridData(SWT.FILL, SWT.FILL, true, true);
        // tall enough for a contributed page with its own tables; the editor scrolls
        folderData.heightHint = 540;
        folderData.exclude = true;
        pageFolder.setLayoutData(folderData);
        pageFolder.setVisible(false);

        scroller.addListener(SWT.Resize, e -> fitContent());

        pages = ServiceList.track(CaseEditorPart.class, CaseEditorPage.class, body,
                Comparator.comparingInt(CaseEditorPage::rank).thenComparing(CaseEditorPage::id),
                this::showPages);
        actions = ServiceList.track(CaseEditorPart.class, CaseAction.class, body,
                Comparator.comparing(CaseAction::id), this::showActions);
        reload();
    }

    @PreDestroy
    public void dispose() {
        if (pages != null) {
            pages.close();
        }
        if (actions != null) {
            actions.close();
        }
    }

    @Focus
    public void focus() {
        scroller.setFocus();
    }

    private void createHeader(Composite parent) {
        Composite header = new Composite(parent, SWT.NONE);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout layout = new GridLayout(4, false);
        layout.marginWidth = 0;
        layout.horizontalSpacing = 12;
        header.setLayout(layout);

        caption(header, Messages.editor_status);
        Composite statusRow = new Composite(header, SWT.NONE);
        statusRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        GridLayout statusLayout = new GridLayout(2, false);
        statusLayout.marginWidth = 0;
        statusLayout.marginHeight = 0;
        statusRow.setLayout(statusLayout);
        status = new Label(statusRow, SWT.NONE);
        status.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        statusButtons = new Composite(statusRow, SWT.NONE);
        RowLayout buttonsLayout = new RowLayout(SWT.HORIZONTAL);
        buttonsLayout.marginTop = 0;
        buttonsLayout.marginBottom = 0;
        buttonsLayout.center = true;
        statusButtons.setLayout(buttonsLayout);

        severity = value(header, Messages.editor_severity);
        owner = value(header, Messages.editor_owner);
        channel = value(header, Messages.editor_channel);
        levels = value(header, Messages.editor_levels);
        opened = value(header, Messages.editor_opened);
        acknowledged = value(header, Messages.editor_acknowledged);
        closed = value(header, Messages.editor_closed);
        caption(header, "");
        new Label(header, SWT.NONE);
    }

    private void createClient(Composite parent) {
        Group group = group(parent, Messages.editor_client, 4);
        clientName = value(group, Messages.editor_clientName);
        clientLanguage = value(group, Messages.editor_clientLanguage);
        caption(group, Messages.editor_clientContacts);
        clientContacts = new Label(group, SWT.WRAP);
        clientContacts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        caption(group, Messages.editor_description);
        description = new Label(group, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        data.widthHint = 500;
        description.setLayoutData(data);
    }

    private void createFields(Composite parent) {
        fieldsGroup = group(parent, Messages.editor_fields, 1);
        ((GridData) fieldsGroup.getLayoutData()).exclude = true;
        fieldsGroup.setVisible(false);
        caseFields = new CustomFieldsForm(fieldsGroup, true);
        FieldSaveBar saveBar = new FieldSaveBar(fieldsGroup, caseFields, this::saveFields);
        saveFields = saveBar.button();
        fieldsResult = saveBar.result();
        clientFieldsCaption = new Label(fieldsGroup, SWT.NONE);
        clientFieldsCaption.setText(Messages.editor_clientFields);
        clientFieldsCaption.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        clientFieldsCaption.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        clientFields = new CustomFieldsForm(fieldsGroup, false);
    }

    /** The fields of the case and its client, and their values. */
    record FieldsSnapshot(List<CustomField> caseFields, Map<String, String> caseValues, List<CustomField> clientFields,
            Map<String, String> clientValues) {
    }

    /** Reads the custom fields again, in a job; unsaved edits are kept unless {@code replaceEdits}. */
    private void reloadFields(boolean replaceEdits) {
        CustomFields service = customFields;
        if (service == null || body == null || body.isDisposed()) {
            return;
        }
        // the client as shown: showing a (re)read case reads the fields again, so it is never stale here
        Case shown = shownCase();
        long clientId = shown == null ? 0 : shown.getClient().getId();
        StoreCall.run(body, Messages.job_readFields, () -> new FieldsSnapshot(service.active(FieldTarget.CASE),
                service.values(FieldTarget.CASE, caseId), service.active(FieldTarget.CLIENT),
                clientId == 0 ? Map.of() : service.values(FieldTarget.CLIENT, clientId)),
                f -> showFields(f, replaceEdits), e -> { });
    }

    private void showFields(FieldsSnapshot f, boolean replaceEdits) {
        boolean any = !f.caseFields().isEmpty() || !f.clientFields().isEmpty();
        ((GridData) fieldsGroup.getLayoutData()).exclude = !any;
        fieldsGroup.setVisible(any);
        caseFields.show(f.caseFields(), f.caseValues(), replaceEdits);
        saveFields.getParent().setVisible(!f.caseFields().isEmpty());
        boolean clientAny = !f.clientFields().isEmpty();
        clientFieldsCaption.setVisible(clientAny);
        ((GridData) clientFieldsCaption.getLayoutData()).exclude = !clientAny;
        clientFields.control().setVisible(clientAny);
        ((GridData) clientFields.control().getLayoutData()).exclude = !clientAny;
        clientFields.show(f.clientFields(), f.clientValues(), true);
        saveFields.setEnabled(caseFields.isDirty());
        fitContent();
    }

    /** Stores the case's custom field values; a refusal is shown under its field and nothing typed is lost. */
    public void saveFields() {
        CustomFields service = customFields;
        if (service == null || !caseFields.check()) {
            fieldsResult.setText(service == null ? "" : Messages.editor_fieldsRefused);
            fitContent();
            return;
        }
        Map<String, String> values = caseFields.values();
        saveFields.setEnabled(false);
        fieldsResult.setText(Messages.dialog_saving);
        StoreCall.run(body, NLS.bind(Messages.job_save, part.getLabel()),
                () -> service.setValues(FieldTarget.CASE, caseId, values), saved -> {
                    fieldsResult.setText(Messages.editor_fieldsSaved);
                    reloadFields(true);
                }, e -> {
                    saveFields.setEnabled(true);
                    fieldsResult.setText(Messages.editor_fieldsRefused);
                    if (!(e instanceof InvalidInputException refusal && caseFields.refuse(refusal))) {
                        refused(e);
                    }
                    fitContent();
                });
    }

    /** The case's custom field inputs: for tests. */
    public CustomFieldsForm caseFieldsForm() {
        return caseFields;
    }

    /** The client's custom fields, read-only: for tests. */
    public CustomFieldsForm clientFieldsForm() {
        return clientFields;
    }

    /** The line saying whether the custom fields were saved: for tests. */
    public Label fieldsResult() {
        return fieldsResult;
    }

    private void createTimeline(Composite parent) {
        Group group = group(parent, Messages.editor_timeline, 1);
        timeline = table(group, 6, new String[] {Messages.timeline_time, Messages.timeline_channel,
                Messages.timeline_direction, Messages.timeline_author, Messages.timeline_clientWords,
                Messages.timeline_summary}, new int[] {140, 90, 110, 80, 180, 180}, 4, 5);
        // the table cuts long texts to one line: the selected contact is shown in full below it
        interactionText = new Text(group,
                SWT.BORDER | SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData textData = new GridData(SWT.FILL, SWT.TOP, true, false);
        textData.heightHint = interactionText.getLineHeight() * 3;
        textData.widthHint = 600;
        interactionText.setLayoutData(textData);
        timeline.addListener(SWT.Selection, e -> showInteractionText());
        Button add = new Button(group, SWT.PUSH);
        add.setText(Messages.editor_addInteraction);
        add.addListener(SWT.Selection, e -> addInteraction());
    }

    private void createCommitments(Composite parent) {
        Group group = group(parent, Messages.editor_commitments, 1);
        commitmentTable = table(group, 4, new String[] {Messages.commitments_due, Messages.commitments_kind,
                Messages.commitments_description, Messages.commitments_owner, Messages.commitments_state,
                Messages.commitments_remark}, new int[] {140, 110, 220, 80, 90, 170}, 2);
        commitmentTable.addListener(SWT.Selection, e -> updateSettleButtons());
        Composite buttons = new Composite(group, SWT.NONE);
        buttons.setLayout(new RowLayout(SWT.HORIZONTAL));
        Button add = new Button(buttons, SWT.PUSH);
        add.setText(Messages.editor_addCommitment);
        add.addListener(SWT.Selection, e -> addCommitment());
        kept = new Button(buttons, SWT.PUSH);
        kept.setText(Messages.commitments_kept);
        kept.addListener(SWT.Selection, e -> settle(CommitmentState.KEPT));
        broken = new Button(buttons, SWT.PUSH);
        broken.setText(Messages.commitments_broken);
        broken.addListener(SWT.Selection, e -> settle(CommitmentState.BROKEN));
        updateSettleButtons();
    }

    private void createActions(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        row.setLayout(layout);
        actionBar = new Composite(row, SWT.NONE);
        actionBar.setLayout(new RowLayout(SWT.HORIZONTAL));
        actionResult = new Label(row, SWT.WRAP);
        actionResult.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        editButton = new Button(actionBar, SWT.PUSH);
        editButton.setText(Messages.editor_edit);
        editButton.setEnabled(store != null);
        editButton.addListener(SWT.Selection, e -> editCase());
        Button reloadButton = new Button(actionBar, SWT.PUSH);
        reloadButton.setText(Messages.editor_reload);
        reloadButton.addListener(SWT.Selection, e -> reload());
    }

    /** Someone (here or on another desktop) changed this case, its timeline, its promises or its client. */
    @Inject
    @Optional
    void caseEvent(@UIEventTopic(CaseEvents.TOPIC_ALL) Event event) {
        if (concerns(event.getProperty(CaseEvents.PROPERTY_CASE_ID))) {
            reloadLater();
        }
    }

    @Inject
    @Optional
    void clientEvent(@UIEventTopic(CaseEvents.CLIENT_CHANGED) Event event) {
        Snapshot s = snapshot;
        if (s != null && Objects.equals(event.getProperty(CaseEvents.PROPERTY_ID), s.conflictCase().getClient().getId())) {
            reloadLater();
        }
    }

    /** An admin changed the custom fields: show the new ones, keeping unsaved values. */
    @Inject
    @Optional
    void fieldsChanged(@UIEventTopic(CustomFields.TOPIC_CHANGED) Event event) {
        reloadFields(false);
    }

    private boolean concerns(Object id) {
        return id instanceof Number n && n.longValue() == caseId;
    }

    private void reloadLater() {
        if (body != null && !body.isDisposed()) {
            body.getDisplay().timerExec(EVENT_DELAY_MS, reloadSoon);
        }
    }

    /** Reads the case and everything shown with it again, in a job. */
    public void reload() {
        if (body == null || body.isDisposed()) {
            return;
        }
        StoreCall.run(body, NLS.bind(Messages.job_readCase, part.getLabel()), () -> {
            Case c = cases.find(caseId).orElseThrow(() -> new NotFoundException("case",
                    NLS.bind(Messages.editor_caseGone, part.getLabel())));
            return new Snapshot(c, cases.interactions(caseId), cases.commitments(caseId),
                    clock == null ? Instant.now() : clock.now(), session == null ? null : session.login());
        }, this::show, e -> {
            heading.setText(e.getMessage() == null ? e.toString() : e.getMessage());
            fitContent();
        });
    }

    private void show(Snapshot s) {
        snapshot = s;
        Case c = s.conflictCase();
        part.setLabel(c.getNumber());
        part.setTooltip(c.getNumber() + " \u2014 " + c.getTitle());
        heading.setText(c.getNumber() + "  \u2014  " + c.getTitle());
        status.setText(CaseText.status(c.getStatus(), locale));
        for (Control child : statusButtons.getChildren()) {
            child.dispose();
        }
        for (CaseStatus next : c.getStatus().next()) {
            Button b = new Button(statusButtons, SWT.PUSH);
            b.setText(NLS.bind(Messages.editor_moveTo, CaseText.status(next, locale)));
            b.setData(next);
            b.addListener(SWT.Selection, e -> changeStatus(next));
        }
        severity.setText(CaseText.severity(c.getSeverity(), locale));
        owner.setText(c.getOwner() == null ? Messages.editor_unassigned : c.getOwner().getDisplayName());
        channel.setText(CaseText.channel(c.getChannel(), locale));
        levels.setText(NLS.bind(Messages.editor_levelsValue, c.getLevelArisen(), c.getLevelHandling()));
        opened.setText(CaseText.dateTime(c.getOpenedAt(), locale));
        acknowledged.setText(orDash(CaseText.dateTime(c.getAcknowledgedAt(), locale)));
        closed.setText(orDash(CaseText.dateTime(c.getClosedAt(), locale)));

        Client client = c.getClient();
        clientName.setText(client.getName());
        clientLanguage.setText(client.getLanguage());
        clientContacts.setText(client.getContactPoints().isEmpty() ? Messages.editor_noContacts
                : client.getContactPoints().stream().map(this::contact).collect(Collectors.joining("   \u00b7   ")));
        description.setText(c.getDescription() == null ? Messages.editor_noDescription : c.getDescription());

        reloadFields(false);
        showTimeline(s.interactions());
        showCommitments(s.commitments(), s.now());
        showActions(actions.current());
        showPages(pages.current());
        for (Map.Entry<CaseEditorPage, CTabItem> tab : pageTabs.entrySet()) {
            tab.getKey().caseChanged(tab.getValue().getControl(), pageContext);
        }
        fitContent();
    }

    private String contact(ContactPoint p) {
        return CaseText.channel(p.getChannel(), locale) + ": " + p.getAddress();
    }

    private void showTimeline(List<Interaction> interactions) {
        timeline.removeAll();
        for (Interaction i : interactions) {
            TableItem item = new TableItem(timeline, SWT.NONE);
            item.setText(new String[] {CaseText.dateTime(i.getOccurredAt(), locale),
                    CaseText.channel(i.getChannel(), locale), CaseText.direction(i.getDirection(), locale),
                    i.getAuthor(), oneLine(i.getClientWords()), oneLine(i.getAgentSummary())});
        }
        if (interactions.isEmpty()) {
            // in the widest column, where the sentence fits
            new TableItem(timeline, SWT.NONE).setText(4, Messages.editor_noInteractions);
        } else {
            timeline.setSelection(interactions.size() - 1);
            timeline.showSelection();
        }
        showInteractionText();
    }

    private void showInteractionText() {
        int i = timeline.getSelectionIndex();
        List<Interaction> shown = snapshot == null ? List.of() : snapshot.interactions();
        if (i < 0 || i >= shown.size()) {
            interactionText.setText("");
            return;
        }
        Interaction selected = shown.get(i);
        StringBuilder text = new StringBuilder();
        if (selected.getClientWords() != null) {
            text.append(NLS.bind(Messages.timeline_clientWordsFull, selected.getClientWords()));
        }
        if (selected.getAgentSummary() != null) {
            text.append(text.length() > 0 ? "\n" : "").append(NLS.bind(Messages.timeline_summaryFull,
                    selected.getAgentSummary()));
        }
        interactionText.setText(text.toString());
    }

    private void showCommitments(List<Commitment> commitments, Instant now) {
        commitmentTable.removeAll();
        Color overdue = commitmentTable.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
        for (Commitment k : commitments) {
            TableItem item = new TableItem(commitmentTable, SWT.NONE);
            String remark = "";
            if (k.isOverdue(now)) {
                remark = CaseText.overdueBy(Duration.between(k.getDueAt(), now), locale);
                item.setForeground(overdue);
                item.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            } else if (k.getSettledNote() != null) {
                remark = k.getSettledNote();
            }
            item.setText(new String[] {CaseText.dateTime(k.getDueAt(), locale),
                    CaseText.commitmentKind(k.getKind(), locale), oneLine(k.getDescription()), k.getOwner(),
                    CaseText.commitmentState(k.getState(), locale), remark});
            item.setData(k);
        }
        if (commitments.isEmpty()) {
            new TableItem(commitmentTable, SWT.NONE).setText(2, Messages.editor_noCommitments);
        }
        updateSettleButtons();
    }

    private void updateSettleButtons() {
        int i = commitmentTable.getSelectionIndex();
        boolean open = i >= 0 && commitmentTable.getItem(i).getData() instanceof Commitment k
                && k.getState() == CommitmentState.OPEN;
        kept.setEnabled(open);
        broken.setEnabled(open);
    }

    private void showActions(List<CaseAction> available) {
        if (actionBar.isDisposed()) {
            return;
        }
        for (Control child : actionBar.getChildren()) {
            if (child.getData() instanceof CaseAction) { // "Edit case" and "Reload" stay
                child.dispose();
            }
        }
        Snapshot s = snapshot;
        if (s != null) {
            for (CaseAction action : available) {
                if (!action.isApplicable(s.conflictCase(), s.login())) {
                    continue;
                }
                Button b = new Button(actionBar, SWT.PUSH);
                b.setData(action);
                b.setText(action.label(locale));
                b.addListener(SWT.Selection, e -> run(action));
            }
        }
        fitContent();
    }

    private void showPages(List<CaseEditorPage> available) {
        if (pageFolder.isDisposed() || snapshot == null) {
            return;
        }
        for (CaseEditorPage gone : new ArrayList<>(pageTabs.keySet())) {
            if (!available.contains(gone)) {
                CTabItem tab = pageTabs.remove(gone);
                tab.getControl().dispose();
                tab.dispose();
            }
        }
        int index = 0;
        for (CaseEditorPage page : available) {
            if (!pageTabs.containsKey(page)) {
                CTabItem tab = new CTabItem(pageFolder, SWT.NONE, Math.min(index, pageFolder.getItemCount()));
                tab.setText(page.label(locale));
                tab.setControl(page.createControl(pageFolder, pageContext));
                pageTabs.put(page, tab);
            }
            index++;
        }
        boolean any = !pageTabs.isEmpty();
        if (any && pageFolder.getSelectionIndex() < 0) {
            pageFolder.setSelection(0);
        }
        ((GridData) pageFolder.getLayoutData()).exclude = !any;
        pageFolder.setVisible(any);
        fitContent();
    }

    private void changeStatus(CaseStatus target) {
        Case c = snapshot.conflictCase();
        store(NLS.bind(Messages.job_changeStatus, c.getNumber()),
                () -> cases.changeStatus(caseId, c.getVersion(), target, null));
    }

    private void settle(CommitmentState outcome) {
        int i = commitmentTable.getSelectionIndex();
        if (i < 0 || !(commitmentTable.getItem(i).getData() instanceof Commitment k)) {
            return;
        }
        InputDialog note = new InputDialog(body.getShell(), CaseText.commitmentState(outcome, locale),
                NLS.bind(Messages.commitments_settleNote, oneLine(k.getDescription())), "", null);
        if (note.open() != Window.OK) {
            return;
        }
        String text = note.getValue();
        store(Messages.job_settleCommitment,
                () -> cases.settleCommitment(k.getId(), k.getVersion(), outcome, text.isBlank() ? null : text));
    }

    /** Stores a change in a job, then reads the case again; a conflicting change is reported, never lost. */
    private void store(String jobName, Supplier<?> change) {
        StoreCall.run(body, jobName, change, done -> reload(), this::refused);
    }

    private void refused(RuntimeException e) {
        if (e instanceof ConcurrentChangeException) {
            MessageDialog dialog = new MessageDialog(body.getShell(), Messages.conflict_title, null,
                    Messages.conflict_message, MessageDialog.WARNING, 0, Messages.conflict_reload,
                    IDialogConstants.CANCEL_LABEL);
            if (dialog.open() == 0) {
                reload();
            }
        } else {
            StoreCall.showFailure(body, e);
        }
    }

    private void run(CaseAction action) {
        Snapshot s = snapshot;
        actionResult.setText(NLS.bind(Messages.editor_actionRunning, action.label(locale)));
        StoreCall.run(body, action.label(locale), () -> action.run(s.conflictCase(), s.login()), result -> {
            actionResult.setText(result == null ? "" : result);
            reload();
        }, this::refused);
    }

    /** Opens the dialog that records a contact with the client on this case. */
    public void addInteraction() {
        InteractionDialog dialog = interactionDialog();
        if (dialog != null) {
            dialog.open();
        }
    }

    /** Opens the dialog that changes the case's title, description, severity and owner. */
    public void editCase() {
        EditCaseDialog dialog = editCaseDialog();
        if (dialog != null) {
            dialog.open();
        }
    }

    /** The dialog that edits this case as last read, not yet open; null until the case was read. */
    public EditCaseDialog editCaseDialog() {
        Snapshot s = snapshot;
        if (s == null || store == null) {
            return null;
        }
        EditCaseDialog dialog = new EditCaseDialog(body.getShell(), cases, store, s.conflictCase(), locale);
        dialog.onStored(stored -> reload());
        return dialog;
    }

    /** Opens the dialog that records a promise to the client on this case. */
    public void addCommitment() {
        CommitmentDialog dialog = commitmentDialog();
        if (dialog != null) {
            dialog.open();
        }
    }

    /** The dialog that records a contact on this case, not yet open; null until the case was read. */
    public InteractionDialog interactionDialog() {
        Snapshot s = snapshot;
        if (s == null) {
            return null;
        }
        InteractionDialog dialog = new InteractionDialog(body.getShell(), cases, s.conflictCase(), now(), locale);
        dialog.onStored(stored -> reload());
        return dialog;
    }

    /** The dialog that records a promise on this case, not yet open; null until the case was read. */
    public CommitmentDialog commitmentDialog() {
        Snapshot s = snapshot;
        if (s == null) {
            return null;
        }
        CommitmentDialog dialog = new CommitmentDialog(body.getShell(), cases, s.conflictCase(), now(), locale);
        dialog.onStored(stored -> reload());
        return dialog;
    }

    private Instant now() {
        return clock == null ? Instant.now() : clock.now();
    }

    /** Whether the case has been read and is shown. */
    public boolean isLoaded() {
        return snapshot != null;
    }

    /** The case as shown, or null before it was read. */
    public Case shownCase() {
        Snapshot s = snapshot;
        return s == null ? null : s.conflictCase();
    }

    /** The commitments table: for tests and screenshots. */
    public Table commitments() {
        return commitmentTable;
    }

    /** The timeline table: for tests. */
    public Table interactions() {
        return timeline;
    }

    private void fitContent() {
        if (scroller.isDisposed()) {
            return;
        }
        body.layout(true, true);
        int width = scroller.getClientArea().width;
        Point size = body.computeSize(width, SWT.DEFAULT);
        scroller.setMinSize(Math.max(700, Math.min(width, size.x)), size.y);
    }

    private static Group group(Composite parent, String text, int columns) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(text);
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout layout = new GridLayout(columns, false);
        layout.horizontalSpacing = 12;
        group.setLayout(layout);
        return group;
    }

    /**
     * A read-only table {@code rows} high; the {@code stretch} columns (the free texts) share the width left
     * over by the others, never narrower than their given width.
     */
    private static Table table(Composite parent, int rows, String[] headers, int[] widths, int... stretch) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.heightHint = table.getHeaderHeight() + table.getItemHeight() * rows + 4;
        data.widthHint = 600;
        table.setLayoutData(data);
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        table.addListener(SWT.Resize, e -> {
            int fixed = 0;
            for (int i = 0; i < widths.length; i++) {
                final int column = i;
                if (Arrays.stream(stretch).noneMatch(x -> x == column)) {
                    fixed += widths[i];
                }
            }
            int free = table.getClientArea().width - fixed;
            for (int i : stretch) {
                table.getColumn(i).setWidth(Math.max(widths[i], free / stretch.length));
            }
        });
        return table;
    }

    private static Label caption(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        return label;
    }

    private static Label value(Composite parent, String caption) {
        caption(parent, caption);
        Label value = new Label(parent, SWT.NONE);
        value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return value;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static String orDash(String text) {
        return text.isEmpty() ? "\u2014" : text;
    }

    /** What contributed pages see of this editor. */
    private final class PageContext implements CasePageContext {

        @Override
        public long caseId() {
            return caseId;
        }

        @Override
        public Case currentCase() {
            return snapshot.conflictCase();
        }

        @Override
        public String login() {
            return snapshot.login();
        }

        @Override
        public Locale locale() {
            return locale;
        }

        @Override
        public void reload() {
            CaseEditorPart.this.reload();
        }
    }
}
