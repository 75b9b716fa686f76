package org.parley.script.ui.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.parley.core.model.Case;
import org.parley.core.model.Direction;
import org.parley.core.model.Language;
import org.parley.core.service.CaseService;
import org.parley.core.service.Clock;
import org.parley.core.service.InteractionDraft;
import org.parley.core.service.InvalidInputException;
import org.parley.script.ToneCheck;
import org.parley.script.ui.ToneHints;
import org.parley.ui.api.CaseEditorPage;
import org.parley.ui.api.CasePageContext;
import org.parley.ui.workbench.ChannelCombo;
import org.parley.ui.workbench.StoreCall;

/**
 * The case editor's "Reply" tab: a message to the client, checked for excuses, blame, argument and aggression as
 * it is typed (flagged phrases are underlined, with what to write instead), and recorded on the timeline as sent.
 */
@Component(service = CaseEditorPage.class)
public class ReplyPage implements CaseEditorPage {

    private final CaseService cases;
    private final Clock clock;
    private volatile ToneCheck tone;

    @Activate
    public ReplyPage(@Reference CaseService cases, @Reference Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /** The best-ranked tone check installed: a company may replace Parley's. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setTone(ToneCheck check) {
        this.tone = check;
    }

    public void unsetTone(ToneCheck gone) {
        if (this.tone == gone) {
            this.tone = null;
        }
    }

    @Override
    public String id() {
        return "org.parley.script.ui.page.reply";
    }

    @Override
    public String label(Locale locale) {
        return Messages.reply_page;
    }

    @Override
    public int rank() {
        return 106;
    }

    static final class Controls {
        ChannelCombo channel;
        Combo language;
        StyledText message;
        ToneHints hints;
        Button record;
        Label result;
    }

    @Override
    public Control createControl(Composite parent, CasePageContext context) {
        Controls c = new Controls();
        Composite page = new Composite(parent, SWT.NONE);
        page.setData(c);
        GridLayout layout = new GridLayout(4, false);
        layout.marginWidth = 10;
        layout.marginHeight = 8;
        page.setLayout(layout);
        Case k = context.currentCase();

        new Label(page, SWT.NONE).setText(Messages.reply_channel);
        c.channel = new ChannelCombo(page, Locale.getDefault());
        c.channel.select(k.getChannel());
        new Label(page, SWT.NONE).setText(Messages.reply_language);
        c.language = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (Language l : Language.values()) {
            c.language.add(l.locale().getDisplayLanguage(Locale.getDefault()));
        }
        Language client = k.getClient() == null ? null : Language.ofCode(k.getClient().getLanguage());
        c.language.select((client == null ? Language.EN : client).ordinal());
        c.language.setToolTipText(Messages.reply_languageTip);

        Label label = new Label(page, SWT.NONE);
        label.setText(NLS.bind(Messages.reply_message, k.getClientName()));
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        c.message = new StyledText(page, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
        data.heightHint = 160;
        data.widthHint = 500;
        c.message.setLayoutData(data);
        c.message.setMargins(6, 4, 6, 4);
        c.hints = new ToneHints(page, 4, c.message, () -> tone, () -> Language.values()[c.language.getSelectionIndex()]);
        c.language.addListener(SWT.Selection, e -> c.hints.update());

        c.record = new Button(page, SWT.PUSH);
        c.record.setText(Messages.reply_record);
        c.record.setToolTipText(Messages.reply_recordTip);
        c.record.addListener(SWT.Selection, e -> record(c, context, page));
        c.result = new Label(page, SWT.WRAP);
        c.result.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        return page;
    }

    private void record(Controls c, CasePageContext context, Composite page) {
        String text = c.message.getText();
        String channel = c.channel.code();
        InteractionDraft draft;
        try {
            draft = new InteractionDraft(channel, Direction.OUTBOUND, clock.now(), null, text);
        } catch (InvalidInputException e) {
            c.result.setText(e.getMessage());
            return;
        }
        c.record.setEnabled(false);
        c.hints.update();
        boolean flagged = !c.hints.flags().isEmpty();
        StoreCall.run(page, Messages.reply_saving, () -> cases.addInteraction(context.caseId(), draft), saved -> {
            c.record.setEnabled(true);
            c.message.setText("");
            c.result.setText(flagged ? Messages.reply_recordedFlagged : Messages.reply_recorded);
            context.reload();
        }, e -> {
            // the message stays in the field: nothing typed is lost
            c.record.setEnabled(true);
            c.result.setText(e.getMessage());
        });
    }
}
