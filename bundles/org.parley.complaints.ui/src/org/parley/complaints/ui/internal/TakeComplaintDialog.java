package org.parley.complaints.ui.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.parley.complaints.ChannelRegistry;
import org.parley.complaints.ComplaintDraft;
import org.parley.complaints.ComplaintRecord;
import org.parley.complaints.ComplaintService;
import org.parley.complaints.DuplicateCandidate;
import org.parley.complaints.EscalationLevel;
import org.parley.complaints.extension.ComplaintChannel;
import org.parley.core.model.Client;
import org.parley.core.model.Severity;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.ClientService;
import org.parley.core.service.InvalidInputException;
import org.parley.ui.api.CaseText;
import org.parley.ui.workbench.ClientPicker;
import org.parley.ui.workbench.DraftDialog;
import org.parley.ui.workbench.MomentField;

/**
 * Takes a complaint from any channel, keyboard first: client (found as you type, or new), channel, reference,
 * when it was received, the client's own words. A likely duplicate is shown before anything is stored, and the
 * agent decides: add it to that case or take it as a new one.
 */
public class TakeComplaintDialog extends DraftDialog<ComplaintRecord> {

    /** Refusal that carries the duplicates found, so the dialog can offer them instead of storing. */
    static final class LikelyDuplicates extends InvalidInputException {
        private static final long serialVersionUID = 1L;
        final transient List<DuplicateCandidate> found;

        LikelyDuplicates(List<DuplicateCandidate> found) {
            super("clientWords", Messages.take_duplicatesFound);
            this.found = found;
        }
    }

    private final ComplaintService complaints;
    private final ClientService clients;
    private final ChannelRegistry channels;
    private final List<EscalationLevel> levels;
    private final Locale locale;

    private ClientPicker client;
    private Combo channel;
    private List<ComplaintChannel> channelChoices;
    private Label referenceLabel;
    private Text reference;
    private MomentField received;
    private Text words;
    private Combo severity;
    private Combo level;
    /** What the agent decided about the duplicates shown: 0 not asked yet, -1 a new case, else the case id. */
    private long duplicateDecision;

    public TakeComplaintDialog(Shell parent, ComplaintService complaints, ClientService clients, ChannelRegistry channels,
            List<EscalationLevel> levels, Locale locale) {
        super(parent);
        this.complaints = complaints;
        this.clients = clients;
        this.channels = channels;
        this.levels = levels;
        this.locale = locale;
    }

    @Override
    protected String title() {
        return Messages.take_title;
    }

    @Override
    protected String description() {
        return Messages.take_description;
    }

    @Override
    protected Point preferredSize() {
        return new Point(720, 760);
    }

    @Override
    protected void createFields(Composite parent) {
        client = new ClientPicker(this, parent, clients, locale);

        Label channelLabel = label(parent, Messages.take_channel);
        channel = field("channel", channelLabel, new Combo(parent, SWT.READ_ONLY));
        channelChoices = channels.channels();
        channel.setVisibleItemCount(Math.max(1, channelChoices.size()));
        for (ComplaintChannel c : channelChoices) {
            channel.add(c.label(locale));
        }
        channel.addListener(SWT.Selection, e -> channelChosen());

        referenceLabel = label(parent, Messages.take_reference);
        reference = field("channelReference", referenceLabel, new Text(parent, SWT.BORDER));
        reference.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Label receivedLabel = label(parent, Messages.take_received);
        received = new MomentField(parent);
        field("receivedAt", receivedLabel, received.control());
        received.set(Instant.now());

        Label wordsLabel = topLabel(parent, Messages.take_words);
        words = field("clientWords", wordsLabel, new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL));
        GridData wordsData = new GridData(SWT.FILL, SWT.FILL, true, true);
        wordsData.heightHint = words.getLineHeight() * 7;
        words.setLayoutData(wordsData);
        words.setMessage(Messages.take_wordsHint);
        // Tab leaves the field instead of typing a tab into the client's words
        words.addTraverseListener(e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            }
        });

        Label severityLabel = label(parent, Messages.take_severity);
        severity = field("severity", severityLabel, new Combo(parent, SWT.READ_ONLY));
        for (Severity s : Severity.values()) {
            severity.add(CaseText.severity(s, locale));
        }
        severity.select(Severity.NORMAL.ordinal());

        Label levelLabel = label(parent, Messages.take_level);
        level = field("levelArisen", levelLabel, new Combo(parent, SWT.READ_ONLY));
        for (EscalationLevel l : levels) {
            level.add(l.name());
        }
        level.select(0);

        channel.select(0);
        channelChosen();
        // Received comes last in the Tab order: it is rarely changed, and GTK's date field keeps Tab, Enter and
        // Escape once it has the focus (eclipse-platform/eclipse.platform.swt#3411); the usual path from the
        // client to OK never enters it
        parent.setTabList(new Control[] { client.text(), client.list(), client.language(), channel, reference, words,
                severity, level, received.control() });
        client.setFocus();
    }

    private void channelChosen() {
        ComplaintChannel c = chosenChannel();
        referenceLabel.setText(c == null ? Messages.take_reference : c.referenceLabel(locale));
        referenceLabel.getParent().layout(true, true);
    }

    private ComplaintChannel chosenChannel() {
        int i = channel.getSelectionIndex();
        return i < 0 ? null : channelChoices.get(i);
    }

    @Override
    protected Supplier<ComplaintRecord> submission() {
        ClientDraft newClient = client.newClient();
        Client existing = client.existing();
        ComplaintChannel c = chosenChannel();
        ComplaintDraft draft = new ComplaintDraft(existing == null ? 0 : existing.getId(), newClient,
                c == null ? null : c.code(), reference.getText(), received.value(), words.getText(), null,
                Severity.values()[severity.getSelectionIndex()], Math.max(0, level.getSelectionIndex()));
        long decision = duplicateDecision;
        return () -> {
            if (decision > 0) {
                return complaints.takeInto(decision, draft);
            }
            if (decision == 0 && existing != null) {
                List<DuplicateCandidate> found = complaints.likelyDuplicates(draft);
                if (!found.isEmpty()) {
                    throw new LikelyDuplicates(found);
                }
            }
            return complaints.take(draft);
        };
    }

    @Override
    protected void refuse(InvalidInputException e) {
        if (!(e instanceof LikelyDuplicates duplicates)) {
            super.refuse(e);
            return;
        }
        DuplicateCandidate best = duplicates.found.get(0);
        StringBuilder list = new StringBuilder();
        for (DuplicateCandidate d : duplicates.found) {
            list.append(NLS.bind(Messages.take_duplicateLine, new Object[] { d.complaint().caseNumber(),
                    Format.moment(d.complaint().receivedAt()), Math.round(d.similarity() * 100),
                    Format.firstWords(d.complaint().clientWords(), 80) })).append('\n');
        }
        MessageDialog ask = new MessageDialog(getShell(), Messages.take_duplicateTitle, null,
                NLS.bind(Messages.take_duplicateQuestion, list.toString().strip()), MessageDialog.QUESTION,
                new String[] { NLS.bind(Messages.take_addTo, best.complaint().caseNumber()), Messages.take_asNew,
                        Messages.take_back }, 0);
        int choice = ask.open();
        if (choice == 0) {
            duplicateDecision = best.complaint().caseId();
        } else if (choice == 1) {
            duplicateDecision = -1;
        } else {
            setErrorMessage(Messages.take_duplicatesFound);
            return;
        }
        okPressed();
    }

    public ClientPicker clientPicker() {
        return client;
    }

    public Combo channelField() {
        return channel;
    }

    public Text referenceField() {
        return reference;
    }

    public Text wordsField() {
        return words;
    }
}
