package org.parley.termination.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.parley.core.service.InvalidInputException;
import org.parley.termination.ExpectationsDraft;
import org.parley.termination.PreContractService;
import org.parley.termination.RedFlag;
import org.parley.ui.workbench.Dialogs;
import org.parley.ui.workbench.StoreCall;

/**
 * The first meeting: the deadline, scope, price and a contact person and number agreed and confirmed by the client,
 * the red flags seen, and a polite refusal drafted in the client's language when they are too many.
 */
public final class ExpectationsDialog extends TitleAreaDialog {

    private final PreContractService preContract;
    private final long clientId;
    private final String clientName;
    private final List<Button> flags = new ArrayList<>();

    public Text deadline;
    public Text scope;
    public Text price;
    public Text contactPerson;
    public Text contactNumber;
    public Button confirmed;
    public Text note;
    public Text refusal;

    public ExpectationsDialog(Shell shell, PreContractService preContract, long clientId, String clientName) {
        super(shell);
        this.preContract = preContract;
        this.clientId = clientId;
        this.clientName = clientName;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    public void openThen(Runnable then) {
        Dialogs.openThen(this, code -> then.run());
    }

    /** The red flag check boxes, in the checklist's order. */
    public List<Button> flags() {
        return flags;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.exp_title, clientName));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.exp_title, clientName));
        setMessage(Messages.exp_help);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        deadline = field(form, Messages.exp_deadline);
        deadline.setMessage(LocalDate.now().plusWeeks(4).toString());
        scope = field(form, Messages.exp_scope);
        price = field(form, Messages.exp_price);
        contactPerson = field(form, Messages.exp_contactPerson);
        contactNumber = field(form, Messages.exp_contactNumber);
        new Label(form, SWT.NONE);
        confirmed = new Button(form, SWT.CHECK);
        confirmed.setText(Messages.exp_confirmedBox);
        Label flagsLabel = new Label(form, SWT.NONE);
        flagsLabel.setText(Messages.exp_redFlags);
        flagsLabel.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        Composite flagBox = new Composite(form, SWT.NONE);
        flagBox.setLayout(new GridLayout(1, false));
        for (RedFlag f : preContract.redFlags()) {
            Button b = new Button(flagBox, SWT.CHECK);
            b.setText(f.label());
            b.setData(f.code());
            flags.add(b);
        }
        note = field(form, Messages.exp_note);
        Button draftRefusal = new Button(form, SWT.PUSH);
        draftRefusal.setText(Messages.exp_refusal);
        refusal = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData rd = new GridData(SWT.FILL, SWT.FILL, true, true);
        rd.heightHint = 120;
        rd.widthHint = 600;
        refusal.setLayoutData(rd);
        draftRefusal.addListener(SWT.Selection, e -> StoreCall.run(refusal, Messages.job_saving,
                () -> preContract.refusalLetter(clientId), refusal::setText, ex -> setErrorMessage(ex.getMessage())));
        return area;
    }

    @Override
    protected void okPressed() {
        ExpectationsDraft d;
        try {
            List<String> seen = new ArrayList<>();
            for (Button b : flags) {
                if (b.getSelection()) {
                    seen.add((String) b.getData());
                }
            }
            d = new ExpectationsDraft(clientId, date(deadline.getText()), scope.getText(), price.getText(),
                    contactPerson.getText(), contactNumber.getText(), confirmed.getSelection(), seen, note.getText());
        } catch (InvalidInputException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        getButton(OK).setEnabled(false);
        StoreCall.run(getShell(), Messages.job_saving, () -> preContract.record(d), saved -> super.okPressed(), e -> {
            getButton(OK).setEnabled(true);
            setErrorMessage(e.getMessage());
        });
    }

    private static LocalDate date(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("deadline", NLS.bind(Messages.exp_badDate, t));
        }
    }

    private static Text field(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Text t = new Text(parent, SWT.BORDER);
        GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false);
        d.widthHint = 420;
        t.setLayoutData(d);
        return t;
    }
}
