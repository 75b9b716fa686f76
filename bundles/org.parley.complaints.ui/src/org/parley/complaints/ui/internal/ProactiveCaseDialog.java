package org.parley.complaints.ui.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.parley.complaints.ChannelRegistry;
import org.parley.complaints.ComplaintService;
import org.parley.complaints.ProactiveDraft;
import org.parley.complaints.extension.ComplaintChannel;
import org.parley.core.model.Client;
import org.parley.core.model.Severity;
import org.parley.core.service.ClientService;
import org.parley.ui.api.CaseText;
import org.parley.ui.workbench.DraftDialog;
import org.parley.ui.workbench.MomentField;
import org.parley.ui.workbench.StoreCall;

/**
 * Opens cases before the clients complain: the company knows of a grievance (a delayed shipment, an outage),
 * ticks the affected clients and promises each of them to tell them it is aware and working on it.
 */
public class ProactiveCaseDialog extends DraftDialog<List<Long>> {

    private static final int SEARCH_DELAY_MS = 300;

    private final ComplaintService complaints;
    private final ClientService clients;
    private final ChannelRegistry channels;
    private final Locale locale;
    /** Ticked clients by id, kept while the user searches for more. */
    private final Map<Long, Client> ticked = new LinkedHashMap<>();
    private final Runnable searchSoon = this::search;

    private Text search;
    private Table found;
    private Label chosen;
    private Text title;
    private Text description;
    private Combo channel;
    private List<ComplaintChannel> channelChoices;
    private Combo severity;
    private MomentField tellBy;

    public ProactiveCaseDialog(Shell parent, ComplaintService complaints, ClientService clients, ChannelRegistry channels,
            Locale locale) {
        super(parent);
        this.complaints = complaints;
        this.clients = clients;
        this.channels = channels;
        this.locale = locale;
    }

    @Override
    protected String title() {
        return Messages.proactive_title;
    }

    @Override
    protected String description() {
        return Messages.proactive_description;
    }

    @Override
    protected Point preferredSize() {
        return new Point(720, 720);
    }

    @Override
    protected void createFields(Composite parent) {
        Label searchLabel = label(parent, Messages.proactive_clients);
        search = field("clients", searchLabel, new Text(parent, SWT.BORDER | SWT.SEARCH));
        search.setMessage(Messages.proactive_searchHint);
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        search.addModifyListener(e -> search.getDisplay().timerExec(SEARCH_DELAY_MS, searchSoon));
        new Label(parent, SWT.NONE);
        found = new Table(parent, SWT.BORDER | SWT.CHECK | SWT.V_SCROLL);
        GridData foundData = new GridData(SWT.FILL, SWT.FILL, true, true);
        foundData.heightHint = found.getItemHeight() * 7;
        found.setLayoutData(foundData);
        found.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK && e.item instanceof TableItem item) {
                Client c = (Client) item.getData();
                if (item.getChecked()) {
                    ticked.put(c.getId(), c);
                } else {
                    ticked.remove(c.getId());
                }
                showTicked();
            }
        });
        new Label(parent, SWT.NONE);
        chosen = new Label(parent, SWT.WRAP);
        chosen.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        showTicked();

        Label titleLabel = label(parent, Messages.proactive_caseTitle);
        title = field("title", titleLabel, new Text(parent, SWT.BORDER));
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        title.setMessage(Messages.proactive_caseTitleHint);
        Label descriptionLabel = topLabel(parent, Messages.proactive_what);
        description = field("description", descriptionLabel,
                new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL));
        GridData descriptionData = new GridData(SWT.FILL, SWT.FILL, true, false);
        descriptionData.heightHint = description.getLineHeight() * 3;
        description.setLayoutData(descriptionData);
        Label channelLabel = label(parent, Messages.proactive_channel);
        channel = field("channel", channelLabel, new Combo(parent, SWT.READ_ONLY));
        channelChoices = channels.channels();
        channelChoices.forEach(c -> channel.add(c.label(locale)));
        channel.select(Math.max(0, channelChoices.stream().map(ComplaintChannel::code).toList().indexOf("phone")));
        Label severityLabel = label(parent, Messages.take_severity);
        severity = field("severity", severityLabel, new Combo(parent, SWT.READ_ONLY));
        for (Severity s : Severity.values()) {
            severity.add(CaseText.severity(s, locale));
        }
        severity.select(Severity.HIGH.ordinal());
        Label tellByLabel = label(parent, Messages.proactive_tellBy);
        tellBy = new MomentField(parent);
        field("tellBy", tellByLabel, tellBy.control());
        tellBy.set(Instant.now().plus(Duration.ofHours(2)));
        search.setFocus();
    }

    private void search() {
        if (search.isDisposed()) {
            return;
        }
        String typed = search.getText().strip();
        if (typed.isEmpty()) {
            return;
        }
        StoreCall.run(search, Messages.proactive_searching, () -> clients.search(typed, 50), list -> {
            found.removeAll();
            for (Client c : list) {
                TableItem item = new TableItem(found, SWT.NONE);
                item.setText(c.getName() + "  (" + c.getLanguage() + ")");
                item.setData(c);
                item.setChecked(ticked.containsKey(c.getId()));
            }
        });
    }

    private void showTicked() {
        List<String> names = new ArrayList<>();
        ticked.values().forEach(c -> names.add(c.getName()));
        chosen.setText(ticked.isEmpty() ? Messages.proactive_noneChosen
                : NLS.bind(Messages.proactive_chosen, ticked.size(), String.join(", ", names)));
        chosen.getParent().layout(true, true);
    }

    @Override
    protected Supplier<List<Long>> submission() {
        int c = channel.getSelectionIndex();
        ProactiveDraft draft = new ProactiveDraft(new ArrayList<>(ticked.keySet()), title.getText(), description.getText(),
                c < 0 ? null : channelChoices.get(c).code(), Severity.values()[severity.getSelectionIndex()],
                tellBy.value());
        return () -> complaints.openProactive(draft);
    }

    /** The search field and the list of found clients: for tests. */
    public Text searchField() {
        return search;
    }

    public Table foundClients() {
        return found;
    }

    public Text titleField() {
        return title;
    }
}
