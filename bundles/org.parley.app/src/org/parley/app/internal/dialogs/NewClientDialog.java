package org.parley.app.internal.dialogs;

import org.parley.ui.workbench.ChannelCombo;
import org.parley.ui.workbench.DraftDialog;
import org.parley.ui.workbench.LanguageCombo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.parley.app.internal.Messages;
import org.parley.core.model.Client;
import org.parley.core.model.ContactPoint;
import org.parley.core.model.StandardChannel;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.ClientService;

/** Enters a new client: name, language, and any number of ways to reach them. */
public class NewClientDialog extends DraftDialog<Client> {

    private final ClientService clients;
    private final Locale locale;

    private Text name;
    private Combo language;
    private Composite contacts;
    private final List<ContactRow> contactRows = new ArrayList<>();
    private Text notes;

    public NewClientDialog(Shell parent, ClientService clients, Locale locale) {
        super(parent);
        this.clients = clients;
        this.locale = locale;
    }

    @Override
    protected String title() {
        return Messages.newClient_title;
    }

    @Override
    protected String description() {
        return Messages.newClient_description;
    }

    @Override
    protected Point preferredSize() {
        return new Point(640, 560);
    }

    @Override
    protected void createFields(Composite parent) {
        Label nameLabel = label(parent, Messages.newClient_name);
        name = field("name", nameLabel, new Text(parent, SWT.BORDER));
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Label languageLabel = label(parent, Messages.newClient_language);
        language = field("language", languageLabel, LanguageCombo.create(parent, locale));

        Label contactsLabel = topLabel(parent, Messages.newClient_contacts);
        Composite contactArea = new Composite(parent, SWT.NONE);
        contactArea.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout areaLayout = new GridLayout(1, false);
        areaLayout.marginWidth = 0;
        areaLayout.marginHeight = 0;
        contactArea.setLayout(areaLayout);
        contacts = new Composite(contactArea, SWT.NONE);
        contacts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout contactsLayout = new GridLayout(3, false);
        contactsLayout.marginWidth = 0;
        contactsLayout.marginHeight = 0;
        contacts.setLayout(contactsLayout);
        field("contactPoint", contactsLabel, contacts);
        field("contactChannel", contactsLabel, contacts);
        field("contactAddress", contactsLabel, contacts);
        Button add = new Button(contactArea, SWT.PUSH);
        add.setText(Messages.newClient_addContact);
        add.addListener(SWT.Selection, e -> addContactRow());
        addContactRow();

        Label notesLabel = topLabel(parent, Messages.newClient_notes);
        notes = field("notes", notesLabel, new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL));
        GridData notesData = new GridData(SWT.FILL, SWT.FILL, true, true);
        notesData.heightHint = notes.getLineHeight() * 4;
        notes.setLayoutData(notesData);

        name.setFocus();
    }

    private void addContactRow() {
        contactRows.add(new ContactRow());
        contacts.getShell().layout(true, true);
    }

    @Override
    protected Supplier<Client> submission() {
        List<ContactPoint> points = new ArrayList<>();
        for (ContactRow row : contactRows) {
            // a row left empty is not a contact the user meant to give
            if (!row.address.getText().isBlank()) {
                points.add(new ContactPoint(row.channel.code(), row.address.getText()));
            }
        }
        ClientDraft draft = new ClientDraft(name.getText(), LanguageCombo.code(language), points, notes.getText());
        return () -> clients.create(draft);
    }

    /** The address field of the last contact row: for tests. */
    public Text lastAddressField() {
        return contactRows.get(contactRows.size() - 1).address;
    }

    /** The name field: for tests. */
    public Text nameField() {
        return name;
    }

    /** One contact: channel, address and a button to remove it again. */
    private final class ContactRow {
        final ChannelCombo channel;
        final Text address;

        ContactRow() {
            channel = new ChannelCombo(contacts, locale);
            channel.select(StandardChannel.PHONE.code());
            address = new Text(contacts, SWT.BORDER);
            address.setMessage(Messages.newClient_addressHint);
            address.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Button remove = new Button(contacts, SWT.PUSH);
            remove.setText(Messages.newClient_removeContact);
            remove.addListener(SWT.Selection, e -> {
                contactRows.remove(this);
                channel.control().dispose();
                address.dispose();
                remove.dispose();
                contacts.getShell().layout(true, true);
            });
        }
    }
}
