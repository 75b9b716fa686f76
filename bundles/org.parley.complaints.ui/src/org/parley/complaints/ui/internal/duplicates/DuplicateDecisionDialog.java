package org.parley.complaints.ui.internal.duplicates;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.parley.complaints.ComplaintRecord;
import org.parley.complaints.ComplaintService;
import org.parley.complaints.ui.internal.Messages;
import org.parley.core.service.CaseRow;
import org.parley.core.service.InvalidInputException;
import org.parley.ui.workbench.DraftDialog;

/**
 * Decides on one suspected duplicate: merge it into another open case of the same client, or keep it apart.
 * Either way the reason is asked (it is audited); a refusal by the service keeps the dialog open with what was
 * typed and marks the field concerned.
 */
public class DuplicateDecisionDialog extends DraftDialog<ComplaintRecord> {

    private final ComplaintService complaints;
    private final ComplaintRecord complaint;
    private final List<CaseRow> targets;
    private final int likely;
    private Combo target;
    private Text reason;

    /**
     * @param targets the cases it may be merged into, or null to keep it apart
     * @param likely index in {@code targets} of the case holding the complaint it resembles, -1 when unknown
     */
    public DuplicateDecisionDialog(Shell parent, ComplaintService complaints, ComplaintRecord complaint,
            List<CaseRow> targets, int likely) {
        super(parent);
        this.complaints = complaints;
        this.complaint = complaint;
        this.targets = targets;
        this.likely = likely;
    }

    private boolean merging() {
        return targets != null;
    }

    @Override
    protected String title() {
        return merging() ? Messages.dup_mergeTitle : Messages.dup_keepTitle;
    }

    @Override
    protected String description() {
        return NLS.bind(merging() ? Messages.dup_mergeDescription : Messages.dup_keepDescription,
                complaint.caseNumber(), complaint.clientName());
    }

    @Override
    protected Point preferredSize() {
        return new Point(680, merging() ? 500 : 460);
    }

    @Override
    protected void createFields(Composite parent) {
        topLabel(parent, Messages.dup_words);
        Text words = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
        GridData wordsData = new GridData(SWT.FILL, SWT.FILL, true, true);
        wordsData.heightHint = words.getLineHeight() * 4;
        wordsData.widthHint = 420;
        words.setLayoutData(wordsData);
        words.setText(complaint.clientWords());
        if (merging()) {
            Label label = label(parent, Messages.dup_into);
            target = field("case", label, new Combo(parent, SWT.READ_ONLY));
            target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            for (CaseRow row : targets) {
                target.add(NLS.bind(Messages.dup_target, new Object[] { row.number(), row.title(),
                        SuspectedDuplicatesPart.moment(row.openedAt()) }));
            }
            if (!targets.isEmpty()) {
                target.select(likely >= 0 ? likely : 0);
            }
        }
        Label reasonLabel = topLabel(parent, Messages.dup_reason);
        reason = field("reason", reasonLabel, new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL));
        GridData reasonData = new GridData(SWT.FILL, SWT.FILL, true, true);
        reasonData.heightHint = reason.getLineHeight() * 3;
        reason.setLayoutData(reasonData);
        reason.setMessage(merging() ? Messages.dup_mergeReasonHint : Messages.dup_keepReasonHint);
        // Tab leaves the reason for the buttons: the dialog stays usable by keyboard alone
        reason.addTraverseListener(e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            }
        });
        (merging() ? target : reason).setFocus();
    }

    @Override
    protected Supplier<ComplaintRecord> submission() {
        String why = reason.getText();
        long id = complaint.id();
        if (!merging()) {
            return () -> complaints.keepApart(id, why);
        }
        int chosen = target.getSelectionIndex();
        if (chosen < 0) {
            throw new InvalidInputException("case", Messages.dup_noTarget);
        }
        long into = targets.get(chosen).id();
        return () -> complaints.merge(id, into, why);
    }

    /** For tests: the case chooser (merge only). */
    public Combo targetField() {
        return target;
    }

    /** For tests: the reason. */
    public Text reasonField() {
        return reason;
    }
}
