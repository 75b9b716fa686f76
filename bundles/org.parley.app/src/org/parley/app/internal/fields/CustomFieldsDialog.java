package org.parley.app.internal.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.parley.app.internal.Messages;
import org.parley.ui.workbench.StoreCall;
import org.parley.ui.workbench.Dialogs;
import org.parley.core.model.FieldTarget;
import org.parley.core.model.FieldType;
import org.parley.core.service.CustomField;
import org.parley.core.service.CustomFields;
import org.parley.core.service.Session;
import org.parley.core.service.UserService;

/**
 * The department's custom fields, per target: admins add, edit, retire, reinstate and reorder them; everyone
 * else sees them read-only. Every store call runs in a job; refusals are shown in the dialog's message area.
 */
public class CustomFieldsDialog extends TitleAreaDialog {

    private final CustomFields fields;
    private final UserService users;
    private final Session session;
    private Combo target;
    private Table table;
    private final List<Button> adminButtons = new ArrayList<>();
    private Button retire;
    private List<CustomField> shown = List.of();
    private boolean admin;

    public CustomFieldsDialog(Shell parent, CustomFields fields, UserService users, Session session) {
        super(parent);
        this.fields = fields;
        this.users = users;
        this.session = session;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.fieldsAdmin_title);
    }

    @Override
    protected Point getInitialSize() {
        return new Point(820, 560);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.fieldsAdmin_title);
        setMessage(Messages.fieldsAdmin_description);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(2, false));

        Composite top = new Composite(body, SWT.NONE);
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        GridLayout topLayout = new GridLayout(2, false);
        topLayout.marginWidth = 0;
        top.setLayout(topLayout);
        new Label(top, SWT.NONE).setText(Messages.fieldsAdmin_target);
        target = new Combo(top, SWT.READ_ONLY);
        target.add(Messages.fieldsAdmin_cases);
        target.add(Messages.fieldsAdmin_clients);
        target.select(0);
        target.addListener(SWT.Selection, e -> reload());

        table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        String[] headers = {Messages.fieldsAdmin_code, Messages.fieldsAdmin_label, Messages.fieldsAdmin_type,
                Messages.fieldsAdmin_required, Messages.fieldsAdmin_state};
        int[] widths = {150, 230, 150, 90, 90};
        for (int i = 0; i < headers.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(headers[i]);
            c.setWidth(widths[i]);
        }
        table.addListener(SWT.Selection, e -> updateButtons());
        table.addListener(SWT.DefaultSelection, e -> {
            if (admin) {
                edit();
            }
        });

        Composite buttons = new Composite(body, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        GridLayout buttonsLayout = new GridLayout(1, true);
        buttonsLayout.marginWidth = 0;
        buttons.setLayout(buttonsLayout);
        button(buttons, Messages.fieldsAdmin_add, this::add);
        button(buttons, Messages.fieldsAdmin_edit, this::edit);
        retire = button(buttons, Messages.fieldsAdmin_retire, this::toggleActive);
        button(buttons, Messages.fieldsAdmin_up, () -> move(-1));
        button(buttons, Messages.fieldsAdmin_down, () -> move(1));
        adminButtons.forEach(b -> b.setEnabled(false));

        String login = session == null ? null : session.login();
        StoreCall.run(table, Messages.job_readFields, () -> login != null && users.isAdmin(login), isAdmin -> {
            admin = isAdmin;
            if (!admin) {
                setMessage(Messages.fieldsAdmin_readOnly);
            }
            updateButtons();
        }, e -> setErrorMessage(e.getMessage()));
        reload();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            setReturnCode(Window.OK);
            close();
        }
    }

    private Button button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        b.addListener(SWT.Selection, e -> action.run());
        adminButtons.add(b);
        return b;
    }

    /** The target whose fields are listed. */
    public FieldTarget target() {
        return target.getSelectionIndex() == 1 ? FieldTarget.CLIENT : FieldTarget.CASE;
    }

    private void reload() {
        FieldTarget t = target();
        StoreCall.run(table, Messages.job_readFields, () -> fields.list(t), list -> {
            CustomField selected = selected();
            shown = list;
            table.removeAll();
            for (CustomField f : list) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] {f.code(), f.label(), typeName(f), f.required() ? Messages.fieldsAdmin_yes : "",
                        f.active() ? Messages.fieldsAdmin_active : Messages.fieldsAdmin_retired});
                if (!f.active()) {
                    item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                }
                if (selected != null && selected.id() == f.id()) {
                    table.setSelection(item);
                }
            }
            updateButtons();
        }, e -> setErrorMessage(e.getMessage()));
    }

    static String typeName(CustomField f) {
        String type = switch (f.type()) {
            case TEXT -> Messages.fieldsAdmin_typeText;
            case NUMBER -> Messages.fieldsAdmin_typeNumber;
            case DATE -> Messages.fieldsAdmin_typeDate;
            case CHOICE -> Messages.fieldsAdmin_typeChoice;
        };
        return f.type() == FieldType.CHOICE ? type + " (" + f.choices().size() + ")" : type;
    }

    private CustomField selected() {
        int i = table.getSelectionIndex();
        return i < 0 || i >= shown.size() ? null : shown.get(i);
    }

    private void updateButtons() {
        CustomField s = selected();
        adminButtons.forEach(b -> b.setEnabled(admin && (b == adminButtons.get(0) || s != null)));
        retire.setText(s != null && !s.active() ? Messages.fieldsAdmin_reinstate : Messages.fieldsAdmin_retire);
        retire.getParent().layout(true);
    }

    /** Opens the dialog for a new field of the listed target. */
    public FieldDialog add() {
        FieldDialog d = new FieldDialog(getShell(), fields, target(), null);
        Dialogs.openThen(d, code -> reload());
        return d;
    }

    /** Opens the dialog for the selected field. */
    public FieldDialog edit() {
        CustomField s = selected();
        if (s == null) {
            return null;
        }
        FieldDialog d = new FieldDialog(getShell(), fields, target(), s);
        Dialogs.openThen(d, code -> reload());
        return d;
    }

    private void toggleActive() {
        CustomField s = selected();
        if (s != null) {
            call(() -> fields.setActive(s.id(), s.version(), !s.active()));
        }
    }

    private void move(int by) {
        int i = table.getSelectionIndex();
        int j = i + by;
        if (i < 0 || j < 0 || j >= shown.size()) {
            return;
        }
        List<String> codes = new ArrayList<>(shown.stream().map(CustomField::code).toList());
        codes.add(j, codes.remove(i));
        FieldTarget t = target();
        call(() -> fields.reorder(t, codes));
    }

    private void call(Supplier<?> change) {
        setErrorMessage(null);
        StoreCall.run(table, Messages.job_saveFields, change, done -> reload(), e -> {
            setErrorMessage(e.getMessage());
            reload();
        });
    }

    /** The list of fields: for tests. */
    public Table table() {
        return table;
    }
}
