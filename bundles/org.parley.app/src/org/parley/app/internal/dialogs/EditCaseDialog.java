package org.parley.app.internal.dialogs;

import org.parley.ui.workbench.DraftDialog;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.parley.app.internal.Messages;
import org.parley.core.model.Case;
import org.parley.core.model.Severity;
import org.parley.core.service.CaseService;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.Require;
import org.parley.core.service.Store;
import org.parley.ui.api.CaseText;

/**
 * Changes what a case is about (title, description, severity) and who owns it. Both changes are stored in one
 * transaction against the version the editor read, so a refused owner leaves the title as it was too, and a
 * case someone else changed meanwhile is not overwritten. A handover is audited with its reason.
 */
public class EditCaseDialog extends DraftDialog<Case> {

    private final CaseService cases;
    private final Store store;
    private final Case conflictCase;
    private final Locale locale;

    private Text title;
    private Combo severity;
    private Text description;
    private Text owner;
    private Text reason;

    public EditCaseDialog(Shell parent, CaseService cases, Store store, Case conflictCase, Locale locale) {
        super(parent);
        this.cases = cases;
        this.store = store;
        this.conflictCase = conflictCase;
        this.locale = locale;
    }

    @Override
    protected String title() {
        return Messages.editCase_title;
    }

    @Override
    protected String description() {
        return NLS.bind(Messages.editCase_description, conflictCase.getNumber());
    }

    @Override
    protected void createFields(Composite parent) {
        Label titleLabel = label(parent, Messages.editCase_caseTitle);
        title = field("title", titleLabel, new Text(parent, SWT.BORDER));
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        title.setText(conflictCase.getTitle());

        Label severityLabel = label(parent, Messages.editCase_severity);
        severity = field("severity", severityLabel, new Combo(parent, SWT.READ_ONLY));
        for (Severity s : Severity.values()) {
            severity.add(CaseText.severity(s, locale));
        }
        severity.select(conflictCase.getSeverity().ordinal());

        Label descriptionLabel = topLabel(parent, Messages.editCase_text);
        description = field("description", descriptionLabel,
                new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL));
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = description.getLineHeight() * 5;
        description.setLayoutData(data);
        description.setText(Objects.requireNonNullElse(conflictCase.getDescription(), ""));

        Label ownerLabel = label(parent, Messages.editCase_owner);
        owner = field("owner", ownerLabel, new Text(parent, SWT.BORDER));
        owner.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        owner.setMessage(Messages.editCase_ownerHint);
        owner.setText(conflictCase.getOwner() == null ? "" : conflictCase.getOwner().getLogin());

        Label reasonLabel = label(parent, Messages.editCase_reason);
        reason = field("reason", reasonLabel, new Text(parent, SWT.BORDER));
        reason.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        reason.setMessage(Messages.editCase_reasonHint);

        title.setFocus();
    }

    @Override
    protected Supplier<Case> submission() {
        // read and check everything on the UI thread, so a refusal points at its field before anything is stored
        String newTitle = Require.text("title", title.getText(), 200);
        String newDescription = Require.optionalText("description", description.getText(), 20000);
        Severity newSeverity = Severity.values()[severity.getSelectionIndex()];
        String newOwner = owner.getText().isBlank() ? null : Require.login("owner", owner.getText());
        String why = Require.optionalText("reason", reason.getText(), 2000);
        String oldOwner = conflictCase.getOwner() == null ? null : conflictCase.getOwner().getLogin();
        boolean handover = !Objects.equals(oldOwner, newOwner);
        boolean edited = !newTitle.equals(conflictCase.getTitle()) || newSeverity != conflictCase.getSeverity()
                || !Objects.equals(newDescription, conflictCase.getDescription());
        if (!handover && !edited) {
            throw new InvalidInputException("title", Messages.editCase_nothingChanged);
        }
        long id = conflictCase.getId();
        long version = conflictCase.getVersion();
        return () -> store.inTransaction(() -> {
            Case c = edited ? cases.update(id, version, newTitle, newDescription, newSeverity) : null;
            return handover ? cases.assign(id, c == null ? version : c.getVersion(), newOwner, why) : c;
        });
    }

    /** The title field: for tests. */
    public Text titleField() {
        return title;
    }

    /** The severity choice: for tests. */
    public Combo severityField() {
        return severity;
    }

    /** The reason field: for tests. */
    public Text reasonField() {
        return reason;
    }

    /** The owner field: for tests. */
    public Text ownerField() {
        return owner;
    }
}
