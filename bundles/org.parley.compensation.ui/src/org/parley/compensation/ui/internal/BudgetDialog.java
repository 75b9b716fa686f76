package org.parley.compensation.ui.internal;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.parley.compensation.Budget;
import org.parley.compensation.GestureBudgets;
import org.parley.core.service.InvalidInputException;
import org.parley.ui.workbench.StoreCall;

/** A team's budget for a period; saved on OK, refused with the reason (an overlap, a negative amount) shown here. */
public final class BudgetDialog extends TitleAreaDialog {

    private final GestureBudgets budgets;
    private final Budget editing;
    public Text team;
    public Text from;
    public Text to;
    public Text amount;

    BudgetDialog(Shell shell, GestureBudgets budgets, Budget editing) {
        super(shell);
        this.budgets = budgets;
        this.editing = editing;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.bud_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.bud_title);
        setMessage(Messages.bud_help);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        team = field(form, Messages.bud_team);
        from = field(form, Messages.bud_from);
        to = field(form, Messages.bud_to);
        amount = field(form, Messages.bud_amount);
        LocalDate month = LocalDate.now().withDayOfMonth(1);
        if (editing != null) {
            team.setText(editing.team());
            from.setText(editing.from().toString());
            to.setText(editing.to().toString());
            amount.setText(Amounts.plain(editing.amount()));
        } else {
            from.setText(month.toString());
            to.setText(month.with(TemporalAdjusters.lastDayOfMonth()).toString());
        }
        return area;
    }

    @Override
    protected void okPressed() {
        Budget b;
        try {
            b = new Budget(editing == null ? 0 : editing.id(), editing == null ? 0 : editing.version(),
                    team.getText(), Amounts.date("from", Messages.bud_from, from.getText()),
                    Amounts.date("to", Messages.bud_to, to.getText()),
                    Amounts.parse("amount", Messages.bud_amount, amount.getText()));
        } catch (InvalidInputException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        getButton(OK).setEnabled(false);
        StoreCall.run(getShell(), Messages.cat_saving, () -> budgets.save(b), saved -> super.okPressed(), e -> {
            getButton(OK).setEnabled(true);
            setErrorMessage(e.getMessage());
        });
    }

    private static Text field(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Text t = new Text(parent, SWT.BORDER);
        GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false);
        d.widthHint = 220;
        t.setLayoutData(d);
        return t;
    }
}
