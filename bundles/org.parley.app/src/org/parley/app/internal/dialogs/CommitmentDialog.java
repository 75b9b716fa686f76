package org.parley.app.internal.dialogs;

import org.parley.ui.workbench.MomentField;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.parley.app.internal.Messages;
import org.parley.core.model.Case;
import org.parley.core.model.Commitment;
import org.parley.core.model.CommitmentKind;
import org.parley.core.service.CaseService;
import org.parley.core.service.CommitmentDraft;
import org.parley.ui.api.CaseText;

/**
 * Records a promise made to the client with the time it falls due, e.g. "I will call you back by 5 pm": the
 * deferred verdict becomes a tracked commitment.
 */
public class CommitmentDialog extends CaseRecordDialog<Commitment> {

    /** A promise is due tomorrow at this time unless the user says otherwise. */
    private static final Duration DEFAULT_DELAY = Duration.ofDays(1);


    private Combo kind;
    private Text description;
    private MomentField dueAt;
    private Text owner;

    public CommitmentDialog(Shell parent, CaseService cases, Case conflictCase, Instant now, Locale locale) {
        super(parent, cases, conflictCase, now, locale, Messages.commitment_description);
    }

    @Override
    protected String title() {
        return Messages.commitment_title;
    }

    @Override
    protected void createFields(Composite parent) {
        Label kindLabel = label(parent, Messages.commitment_kind);
        kind = field("kind", kindLabel, new Combo(parent, SWT.READ_ONLY));
        for (CommitmentKind k : CommitmentKind.values()) {
            kind.add(CaseText.commitmentKind(k, locale));
        }
        kind.setVisibleItemCount(CommitmentKind.values().length);
        kind.select(CommitmentKind.CALL_BACK.ordinal());

        Label descriptionLabel = topLabel(parent, Messages.commitment_what);
        description = field("description", descriptionLabel,
                new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL));
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = description.getLineHeight() * 4;
        description.setLayoutData(data);
        description.setMessage(Messages.commitment_whatHint);

        Label dueLabel = label(parent, Messages.commitment_due);
        dueAt = new MomentField(parent);
        field("dueAt", dueLabel, dueAt.control());
        dueAt.set(now.plus(DEFAULT_DELAY).truncatedTo(ChronoUnit.HOURS));

        Label ownerLabel = label(parent, Messages.commitment_owner);
        owner = field("owner", ownerLabel, new Text(parent, SWT.BORDER));
        owner.setMessage(Messages.commitment_ownerHint);
        owner.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        description.setFocus();
    }

    @Override
    protected Supplier<Commitment> submission() {
        CommitmentDraft draft = new CommitmentDraft(CommitmentKind.values()[kind.getSelectionIndex()],
                description.getText(), dueAt.value(), owner.getText());
        long caseId = conflictCase.getId();
        return () -> cases.addCommitment(caseId, draft);
    }

    /** The description field: for tests. */
    public Text descriptionField() {
        return description;
    }

    /** Sets the due time: for tests (the date and time widgets cannot be typed into portably). */
    public void setDue(Instant at) {
        dueAt.set(at);
    }
}
