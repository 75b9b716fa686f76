package org.parley.app.internal.dialogs;

import org.parley.ui.workbench.ChannelCombo;
import org.parley.ui.workbench.ClientPicker;
import org.parley.ui.workbench.DraftDialog;

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
import org.parley.ui.workbench.StoreCall;

/**
 * Opens a new case. The client is found as the user types their name or contact; when nobody matches, the
 * case opens for a new client of that name, created in the same transaction, so a refused case leaves no
 * orphan client behind.
 */
public class NewCaseDialog extends DraftDialog<Case> {

    private final CaseService cases;
    private final ClientService clients;
    private final Store store;
    private final String login;
    private final Locale locale;

    private ClientPicker client;
    private Text title;
    private ChannelCombo channel;
    private Combo severity;
    private Spinner levelArisen;
    private Button assignToMe;
    private Text description;

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
        client = new ClientPicker(this, parent, clients, locale);

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

        client.setFocus();
    }

    @Override
    protected Supplier<Case> submission() {
        ClientDraft newClient = client.newClient();
        Client existing = client.existing();
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
    /** What the client picker warns about the chosen client (empty when nothing), for tests. */
    public String clientAlert() {
        return client.alertText();
    }

    public Text clientField() {
        return client.text();
    }

    /** The matching clients (and the "new client" entry): for tests. */
    public org.eclipse.swt.widgets.List clientMatches() {
        return client.list();
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
