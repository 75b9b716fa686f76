package org.parley.app.internal.dialogs;

import org.parley.ui.workbench.ChannelCombo;
import org.parley.ui.workbench.MomentField;

import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.parley.app.internal.Messages;
import org.parley.core.model.Case;
import org.parley.core.model.Direction;
import org.parley.core.model.Interaction;
import org.parley.core.service.CaseService;
import org.parley.core.service.InteractionDraft;
import org.parley.ui.api.CaseText;

/**
 * Records one contact with the client on a case: the client's words exactly as said or written, kept apart
 * from the agent's summary, so facts and emotions stay separate.
 */
public class InteractionDialog extends CaseRecordDialog<Interaction> {


    private ChannelCombo channel;
    private Button inbound;
    private Button outbound;
    private MomentField occurredAt;
    private Text clientWords;
    private Text summary;

    public InteractionDialog(Shell parent, CaseService cases, Case conflictCase, Instant now, Locale locale) {
        super(parent, cases, conflictCase, now, locale, Messages.interaction_description);
    }

    @Override
    protected String title() {
        return Messages.interaction_title;
    }

    @Override
    protected void createFields(Composite parent) {
        Label channelLabel = label(parent, Messages.interaction_channel);
        channel = new ChannelCombo(parent, locale);
        field("channel", channelLabel, channel.control());
        channel.select(conflictCase.getChannel());

        Label directionLabel = label(parent, Messages.interaction_direction);
        Composite directions = new Composite(parent, SWT.NONE);
        GridLayout directionsLayout = new GridLayout(2, false);
        directionsLayout.marginWidth = 0;
        directionsLayout.marginHeight = 0;
        directions.setLayout(directionsLayout);
        field("direction", directionLabel, directions);
        inbound = new Button(directions, SWT.RADIO);
        inbound.setText(CaseText.direction(Direction.INBOUND, locale));
        inbound.setSelection(true);
        outbound = new Button(directions, SWT.RADIO);
        outbound.setText(CaseText.direction(Direction.OUTBOUND, locale));

        Label timeLabel = label(parent, Messages.interaction_time);
        occurredAt = new MomentField(parent);
        field("occurredAt", timeLabel, occurredAt.control());
        occurredAt.set(now);

        Label wordsLabel = topLabel(parent, Messages.interaction_clientWords);
        clientWords = field("clientWords", wordsLabel, multiLine(parent, 6));
        clientWords.setMessage(Messages.interaction_clientWordsHint);

        Label summaryLabel = topLabel(parent, Messages.interaction_summary);
        summary = field("agentSummary", summaryLabel, multiLine(parent, 4));
        summary.setMessage(Messages.interaction_summaryHint);

        clientWords.setFocus();
    }

    private static Text multiLine(Composite parent, int lines) {
        Text text = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = text.getLineHeight() * lines;
        data.widthHint = 420;
        text.setLayoutData(data);
        return text;
    }

    @Override
    protected Supplier<Interaction> submission() {
        InteractionDraft draft = new InteractionDraft(channel.code(),
                outbound.getSelection() ? Direction.OUTBOUND : Direction.INBOUND, occurredAt.value(),
                clientWords.getText(), summary.getText());
        long caseId = conflictCase.getId();
        return () -> cases.addInteraction(caseId, draft);
    }

    /** The client's words field: for tests. */
    public Text clientWordsField() {
        return clientWords;
    }

    /** The summary field: for tests. */
    public Text summaryField() {
        return summary;
    }
}
