package org.parley.ui.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.parley.core.extension.ClientAlert;
import org.parley.core.model.Client;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.ClientService;
import org.parley.core.service.InvalidInputException;
import org.parley.ui.internal.Messages;

/**
 * Finds the client as the user types their name or contact, in the background, and offers "new client" with
 * that name as the last choice; Up/Down and Enter work from the text field. Used by every dialog that records
 * something for a client who may not be in Parley yet.
 */
public final class ClientPicker {

    private static final int SEARCH_DELAY_MS = 300;
    private static final int MATCHES = 20;

    private final ClientService clients;
    private final DraftDialog<?> dialog;
    private final Text text;
    private final org.eclipse.swt.widgets.List list;
    private final Combo language;
    private final List<Client> matches = new ArrayList<>();
    private final Runnable searchSoon = this::search;
    private long searchGeneration;
    /** The text the list of matches belongs to; the list is stale while the user types. */
    private String matchesFor = "";
    private final Label alert;
    private final ServiceList<ClientAlert> alerts;
    private long alertsFor = -1;

    /** Adds the client field, the list of matches and the new client's language to a two-column form. */
    public ClientPicker(DraftDialog<?> dialog, Composite parent, ClientService clients, Locale locale) {
        this.dialog = dialog;
        this.clients = clients;
        Label clientLabel = dialog.label(parent, Messages.newCase_client);
        text = dialog.field("client", clientLabel, new Text(parent, SWT.BORDER | SWT.SEARCH));
        text.setMessage(Messages.newCase_clientHint);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addModifyListener(e -> text.getDisplay().timerExec(SEARCH_DELAY_MS, searchSoon));
        new Label(parent, SWT.NONE);
        list = new org.eclipse.swt.widgets.List(parent, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, false);
        listData.heightHint = list.getItemHeight() * 5;
        list.setLayoutData(listData);
        list.addListener(SWT.Selection, e -> chosen());
        text.addListener(SWT.KeyDown, e -> {
            // the list is driven from the text field, so the hands stay on the keys
            if ((e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.ARROW_UP) && list.getItemCount() > 0) {
                int i = Math.max(0, Math.min(list.getItemCount() - 1,
                        list.getSelectionIndex() + (e.keyCode == SWT.ARROW_DOWN ? 1 : -1)));
                list.select(i);
                list.showSelection();
                chosen();
                e.doit = false;
            }
        });


        // what an agent must know about the chosen client (the relationship was ended, a problem client)
        new Label(parent, SWT.NONE);
        alert = new Label(parent, SWT.WRAP);
        GridData alertData = new GridData(SWT.FILL, SWT.TOP, true, false);
        alertData.widthHint = 420;
        alertData.exclude = true;
        alert.setLayoutData(alertData);
        alert.setVisible(false);
        alert.setForeground(alert.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        // seen from the bundle of the dialog that shows the picker, which is active as its class is in use
        alerts = ServiceList.track(dialog.getClass(), ClientAlert.class, text,
                Comparator.comparing(a -> a.getClass().getName()), found -> {
                    alertsFor = -1;
                    chosen();
                });
        text.addDisposeListener(e -> alerts.close());

        Label languageLabel = dialog.label(parent, Messages.newCase_clientLanguage);
        language = dialog.field("language", languageLabel, LanguageCombo.create(parent, locale));
        language.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        language.setEnabled(false);
    }

    /** Looks up clients matching what was typed, in the background; an older answer is ignored. */
    private void search() {
        if (text.isDisposed()) {
            return;
        }
        String typed = text.getText().strip();
        long expected = ++searchGeneration;
        if (typed.isEmpty()) {
            show(List.of(), typed);
            return;
        }
        StoreCall.run(text, Messages.job_searchClients, () -> clients.search(typed, MATCHES), found -> {
            if (expected == searchGeneration) {
                show(found, typed);
            }
        }, e -> dialog.setErrorMessage(e.getMessage()));
    }

    private void show(List<Client> found, String typed) {
        matchesFor = typed;
        matches.clear();
        matches.addAll(found);
        list.removeAll();
        int exact = -1;
        for (int i = 0; i < found.size(); i++) {
            Client c = found.get(i);
            list.add(describe(c));
            if (exact < 0 && c.getName().equalsIgnoreCase(typed)) {
                exact = i;
            }
        }
        if (!typed.isEmpty()) {
            list.add(NLS.bind(Messages.newCase_newClient, typed));
        }
        // an exact name match is most likely the client meant; otherwise a new client of that name
        list.select(exact >= 0 ? exact : list.getItemCount() - 1);
        chosen();
    }

    private static String describe(Client c) {
        String contact = c.getContactPoints().isEmpty() ? "" : "  \u2014  " + c.getContactPoints().get(0).getAddress();
        return c.getName() + "  (" + c.getLanguage() + ")" + contact;
    }

    private void chosen() {
        language.setEnabled(existing() == null && !text.getText().isBlank());
        Client c = existing();
        long id = c == null ? 0 : c.getId();
        if (id == alertsFor) {
            return;
        }
        alertsFor = id;
        List<ClientAlert> sources = alerts.current();
        if (id == 0 || sources.isEmpty()) {
            showAlerts(List.of());
            return;
        }
        StoreCall.run(text, Messages.job_searchClients, () -> {
            List<String> all = new ArrayList<>();
            for (ClientAlert a : sources) {
                all.addAll(a.alertsFor(id));
            }
            return all;
        }, found -> {
            if (alertsFor == id) {
                showAlerts(found);
            }
        }, e -> showAlerts(List.of(e.getMessage())));
    }

    private void showAlerts(List<String> found) {
        alert.setText(String.join("\n", found));
        alert.setVisible(!found.isEmpty());
        ((GridData) alert.getLayoutData()).exclude = found.isEmpty();
        alert.getParent().layout(true, true);
        alert.getShell().layout(true, true);
    }

    /** The alerts shown for the chosen client (empty when none), for tests. */
    public String alertText() {
        return alert.isVisible() ? alert.getText() : "";
    }

    /** The existing client chosen in the list, or null when it is a new client (or none). */
    public Client existing() {
        int i = list.getSelectionIndex();
        return i >= 0 && i < matches.size() ? matches.get(i) : null;
    }

    /**
     * The new client to create, or null when an existing one is chosen.
     *
     * @throws InvalidInputException while the search has not caught up with the typing, or nothing was typed
     */
    public ClientDraft newClient() {
        if (!text.getText().strip().equals(matchesFor)) {
            // OK pressed before the search caught up: never create a second client by accident
            text.getDisplay().timerExec(-1, searchSoon);
            search();
            throw new InvalidInputException("client", Messages.newCase_clientSearching);
        }
        if (existing() != null) {
            return null;
        }
        if (text.getText().isBlank()) {
            throw new InvalidInputException("client", Messages.newCase_clientMissing);
        }
        return new ClientDraft(text.getText(), LanguageCombo.code(language));
    }

    /** The field the user types the client's name or contact into. */
    public Text text() {
        return text;
    }

    /** The list of matching clients, with "new client" last. */
    public org.eclipse.swt.widgets.List list() {
        return list;
    }

    /** The new client's language. */
    public Combo language() {
        return language;
    }

    /** Puts the cursor into the client field. */
    public void setFocus() {
        text.setFocus();
    }
}
