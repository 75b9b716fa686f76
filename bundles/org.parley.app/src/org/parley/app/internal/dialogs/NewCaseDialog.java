package org.parley.app.internal.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.parley.app.internal.Messages;
import org.parley.app.internal.StoreCall;
import org.parley.core.model.Case;
import org.parley.core.model.Client;
import org.parley.core.model.Severity;
import org.parley.core.model.StandardChannel;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.CaseService;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.ClientService;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.Store;
import org.parley.ui.api.CaseText;

/**
 * Opens a new case. The client is found as the user types their name or contact; when nobody matches, the
 * case opens for a new client of that name, created in the same transaction, so a refused case leaves no
 * orphan client behind.
 */
public class NewCaseDialog extends DraftDialog<Case> {

    private static final int SEARCH_DELAY_MS = 300;
    private static final int MATCHES = 20;

    private final CaseService cases;
    private final ClientService clients;
    private final Store store;
    private final String login;
    private final Locale locale;

    private Text clientText;
    private org.eclipse.swt.widgets.List clientList;
    private final List<Client> matches = new ArrayList<>();
    private Combo clientLanguage;
    private Text title;
    private ChannelCombo channel;
    private Combo severity;
    private Spinner levelArisen;
    private Button assignToMe;
    private Text description;
    private final Runnable searchSoon = this::search;
    private long searchGeneration;
    /** The text the list of matches belongs to; the list is stale while the user types. */
    private String matchesFor = "";

    public NewCaseDialog(Shell parent, CaseService cases, ClientService clients, Store store, String login,
            Locale locale) {
        super(parent);
        this.cases = cases;
        this.clients = clients;
        this.store = store;
        this.login = login;
        this.locale = locale;
    }

    @Override
    protected String title() {
        return Messages.newCase_title;
    }

    @Override
    protected String description() {
        return Messages.newCase_description;
    }

    @Override
    protected Point preferredSize() {
        return new Point(680, 720);
    }

    @Override
    protected void createFields(Composite parent) {
        Label clientLabel = label(parent, Messages.newCase_client);
        clientText = field("client", clientLabel, new Text(parent, SWT.BORDER | SWT.SEARCH));
        clientText.setMessage(Messages.newCase_clientHint);
        clientText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        clientText.addModifyListener(e -> clientText.getDisplay().timerExec(SEARCH_DELAY_MS, searchSoon));

        new Label(parent, SWT.NONE);
        clientList = new org.eclipse.swt.widgets.List(parent, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, false);
        listData.heightHint = clientList.getItemHeight() * 5;
        clientList.setLayoutData(listData);
        clientList.addListener(SWT.Selection, e -> clientChosen());

        Label languageLabel = label(parent, Messages.newCase_clientLanguage);
        clientLanguage = field("language", languageLabel, LanguageCombo.create(parent, locale));
        clientLanguage.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        clientLanguage.setEnabled(false);

        Label titleLabel = label(parent, Messages.newCase_caseTitle);
        title = field("title", titleLabel, new Text(parent, SWT.BORDER));
        title.setMessage(Messages.newCase_caseTitleHint);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Label channelLabel = label(parent, Messages.newCase_channel);
        channel = new ChannelCombo(parent, locale);
        field("channel", channelLabel, channel.control());
        channel.select(StandardChannel.PHONE.code());

        Label severityLabel = label(parent, Messages.newCase_severity);
        severity = field("severity", severityLabel, new Combo(parent, SWT.READ_ONLY));
        for (Severity s : Severity.values()) {
            severity.add(CaseText.severity(s, locale));
        }
        severity.select(Severity.NORMAL.ordinal());

        Label levelLabel = label(parent, Messages.newCase_levelArisen);
        Composite levelRow = new Composite(parent, SWT.NONE);
        GridLayout rowLayout = new GridLayout(2, false);
        rowLayout.marginWidth = 0;
        rowLayout.marginHeight = 0;
        levelRow.setLayout(rowLayout);
        levelArisen = field("levelArisen", levelLabel, new Spinner(levelRow, SWT.BORDER));
        levelArisen.setValues(0, 0, 20, 0, 1, 1);
        Label levelHint = new Label(levelRow, SWT.NONE);
        levelHint.setText(Messages.newCase_levelHint);

        new Label(parent, SWT.NONE);
        assignToMe = field("owner", null, new Button(parent, SWT.CHECK));
        assignToMe.setText(NLS.bind(Messages.newCase_assignToMe, login));
        assignToMe.setSelection(login != null);
        assignToMe.setEnabled(login != null);

        Label descriptionLabel = topLabel(parent, Messages.newCase_caseDescription);
        description = field("description", descriptionLabel,
                new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL));
        GridData descriptionData = new GridData(SWT.FILL, SWT.FILL, true, true);
        descriptionData.heightHint = description.getLineHeight() * 6;
        description.setLayoutData(descriptionData);
        description.setMessage(Messages.newCase_caseDescriptionHint);

        clientText.setFocus();
    }

    /** Looks up clients matching what was typed, in the background; an older answer is ignored. */
    private void search() {
        if (clientText.isDisposed()) {
            return;
        }
        String typed = clientText.getText().strip();
        long expected = ++searchGeneration;
        if (typed.isEmpty()) {
            showMatches(List.of(), typed);
            return;
        }
        StoreCall.run(clientText, Messages.job_searchClients, () -> clients.search(typed, MATCHES), found -> {
            if (expected == searchGeneration) {
                showMatches(found, typed);
            }
        }, e -> setErrorMessage(e.getMessage()));
    }

    private void showMatches(List<Client> found, String typed) {
        matchesFor = typed;
        matches.clear();
        matches.addAll(found);
        clientList.removeAll();
        int exact = -1;
        for (int i = 0; i < found.size(); i++) {
            Client c = found.get(i);
            clientList.add(describe(c));
            if (exact < 0 && c.getName().equalsIgnoreCase(typed)) {
                exact = i;
            }
        }
        if (!typed.isEmpty()) {
            clientList.add(NLS.bind(Messages.newCase_newClient, typed));
        }
        // an exact name match is most likely the client meant; otherwise a new client of that name
        clientList.select(exact >= 0 ? exact : clientList.getItemCount() - 1);
        clientChosen();
    }

    private static String describe(Client c) {
        String contact = c.getContactPoints().isEmpty() ? "" : "  \u2014  " + c.getContactPoints().get(0).getAddress();
        return c.getName() + "  (" + c.getLanguage() + ")" + contact;
    }

    private void clientChosen() {
        clientLanguage.setEnabled(chosenClient() == null && !clientText.getText().isBlank());
    }

    /** The existing client chosen in the list, or null when the case is for a new client (or none). */
    private Client chosenClient() {
        int i = clientList.getSelectionIndex();
        return i >= 0 && i < matches.size() ? matches.get(i) : null;
    }

    @Override
    protected Supplier<Case> submission() {
        if (!clientText.getText().strip().equals(matchesFor)) {
            // OK pressed before the search caught up: never create a second client by accident
            clientText.getDisplay().timerExec(-1, searchSoon);
            search();
            throw new InvalidInputException("client", Messages.newCase_clientSearching);
        }
        Client existing = chosenClient();
        ClientDraft newClient = null;
        if (existing == null) {
            if (clientText.getText().isBlank()) {
                throw new InvalidInputException("client", Messages.newCase_clientMissing);
            }
            newClient = new ClientDraft(clientText.getText(), LanguageCombo.code(clientLanguage));
        }
        String caseTitle = title.getText();
        String caseDescription = description.getText();
        String channelCode = channel.code();
        Severity chosenSeverity = Severity.values()[severity.getSelectionIndex()];
        int level = levelArisen.getSelection();
        String owner = assignToMe.getSelection() ? login : null;
        // checks the case's own input before anything is stored; the client id is filled in below
        new CaseDraft(1, caseTitle, caseDescription, channelCode, chosenSeverity, level, owner);
        ClientDraft clientToCreate = newClient;
        return () -> store.inTransaction(() -> {
            long clientId = clientToCreate == null ? existing.getId() : clients.create(clientToCreate).getId();
            return cases.open(new CaseDraft(clientId, caseTitle, caseDescription, channelCode, chosenSeverity,
                    level, owner));
        });
    }

    /** The client search field: for tests. */
    public Text clientField() {
        return clientText;
    }

    /** The matching clients (and the "new client" entry): for tests. */
    public org.eclipse.swt.widgets.List clientMatches() {
        return clientList;
    }

    /** The title field: for tests. */
    public Text titleField() {
        return title;
    }

    /** The description field: for tests. */
    public Text descriptionField() {
        return description;
    }

    /** The channel choice: for tests. */
    public Combo channelField() {
        return channel.control();
    }
}
