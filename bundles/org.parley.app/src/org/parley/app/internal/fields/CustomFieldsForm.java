package org.parley.app.internal.fields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.parley.app.internal.Messages;
import org.parley.core.model.FieldType;
import org.parley.core.service.CustomField;
import org.parley.core.service.InvalidInputException;

/**
 * Typed inputs for custom fields in a two-column grid: a caption, then a text (text, number, date) or a
 * drop-down (choice) with its refusal shown in red under it. What the user typed is kept until it is stored
 * or deliberately replaced: {@link #show} does not overwrite edits the user has not saved.
 */
public final class CustomFieldsForm {

    private final Composite area;
    private final boolean editable;
    private final List<Row> rows = new ArrayList<>();
    private boolean dirty;
    private boolean showing;
    private Runnable onChange = () -> {
    };

    private record Row(CustomField field, Label caption, Control input, Label error) {
    }

    /** A form in {@code parent}, which must have a layout of {@code GridData} children. */
    public CustomFieldsForm(Composite parent, boolean editable) {
        this.editable = editable;
        area = new Composite(parent, SWT.NONE);
        area.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.horizontalSpacing = 12;
        area.setLayout(layout);
    }

    public Composite control() {
        return area;
    }

    /** Runs after each edit by the user. */
    public void onChange(Runnable then) {
        this.onChange = then;
    }

    /** Whether the user changed something since the values were last shown. */
    public boolean isDirty() {
        return dirty;
    }

    /**
     * Shows {@code fields} with {@code values}; when the fields are the same as shown and the user has unsaved
     * edits, the edits are kept unless {@code replaceEdits}.
     */
    public void show(List<CustomField> fields, Map<String, String> values, boolean replaceEdits) {
        boolean sameFields = rows.stream().map(Row::field).toList().equals(fields);
        if (sameFields && dirty && !replaceEdits) {
            return;
        }
        if (!sameFields) {
            for (Control c : area.getChildren()) {
                c.dispose();
            }
            rows.clear();
            for (CustomField f : fields) {
                rows.add(row(f));
            }
        }
        showing = true;
        try {
            for (Row r : rows) {
                set(r, values.get(r.field().code()));
                hideError(r);
            }
        } finally {
            showing = false;
        }
        dirty = false;
    }

    private Row row(CustomField f) {
        Label caption = new Label(area, SWT.NONE);
        caption.setText(f.required() && editable ? f.label() + " *" : f.label());
        caption.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        caption.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        Control input;
        if (!editable) {
            Label value = new Label(area, SWT.NONE);
            input = value;
        } else if (f.type() == FieldType.CHOICE) {
            Combo combo = new Combo(area, SWT.READ_ONLY);
            combo.add("");
            f.choices().forEach(combo::add);
            combo.addListener(SWT.Selection, e -> edited());
            input = combo;
        } else {
            Text text = new Text(area, SWT.BORDER);
            text.setMessage(switch (f.type()) {
                case NUMBER -> Messages.fields_numberHint;
                case DATE -> Messages.fields_dateHint;
                default -> "";
            });
            text.setTextLimit(CustomField.MAX_TEXT);
            text.addModifyListener(e -> edited());
            input = text;
        }
        GridData data = new GridData(f.type() == FieldType.TEXT || !editable ? SWT.FILL : SWT.LEFT, SWT.CENTER,
                true, false);
        data.widthHint = f.type() == FieldType.TEXT ? 320 : 180;
        input.setLayoutData(data);
        input.setData("field", f.code());
        new Label(area, SWT.NONE).setLayoutData(hidden());
        Label error = new Label(area, SWT.WRAP);
        error.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_RED));
        error.setLayoutData(hidden());
        return new Row(f, caption, input, error);
    }

    private static GridData hidden() {
        GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
        d.exclude = true;
        return d;
    }

    private void edited() {
        if (showing) {
            return;
        }
        dirty = true;
        onChange.run();
    }

    private void set(Row r, String value) {
        String v = value == null ? "" : value;
        if (r.input() instanceof Combo combo) {
            int i = combo.indexOf(v);
            if (i < 0) {
                // a choice since removed from the list: still shown and kept
                combo.add(v);
                i = combo.indexOf(v);
            }
            combo.select(i);
        } else if (r.input() instanceof Text text) {
            text.setText(v);
        } else if (r.input() instanceof Label label) {
            label.setText(v.isEmpty() ? "\u2014" : v);
        }
    }

    /** What the user entered, by field code (empty inputs as empty strings). */
    public Map<String, String> values() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.input() instanceof Combo combo) {
                out.put(r.field().code(), combo.getText());
            } else if (r.input() instanceof Text text) {
                out.put(r.field().code(), text.getText());
            }
        }
        return out;
    }

    /**
     * Checks every input as the service will, showing each refusal under its input.
     *
     * @return whether all inputs are acceptable
     */
    public boolean check() {
        boolean ok = true;
        for (Row r : rows) {
            hideError(r);
            if (r.input() instanceof Label) {
                continue;
            }
            String raw = r.input() instanceof Combo c ? c.getText() : ((Text) r.input()).getText();
            try {
                if (r.field().type() != FieldType.CHOICE || raw.isBlank()) {
                    r.field().normalize(raw);
                }
            } catch (InvalidInputException e) {
                showError(r, e.getMessage());
                ok = false;
            }
        }
        relayout();
        return ok;
    }

    /** Shows a refusal from the service under the input it names; false when no input here has that code. */
    public boolean refuse(InvalidInputException e) {
        for (Row r : rows) {
            if (r.field().code().equals(e.field())) {
                showError(r, e.getMessage());
                relayout();
                r.input().setFocus();
                return true;
            }
        }
        return false;
    }

    /** The input of field {@code code}: for tests. */
    public Control input(String code) {
        return rows.stream().filter(r -> r.field().code().equals(code)).map(Row::input).findFirst().orElse(null);
    }

    /** The refusal shown under field {@code code}, or "" when there is none: for tests. */
    public String error(String code) {
        return rows.stream().filter(r -> r.field().code().equals(code)).map(r -> r.error().getVisible()
                ? r.error().getText() : "").findFirst().orElse("");
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    private void showError(Row r, String message) {
        r.error().setText(message);
        r.error().setVisible(true);
        ((GridData) r.error().getLayoutData()).exclude = false;
        Control spacer = area.getChildren()[indexOf(r.error()) - 1];
        spacer.setVisible(true);
        ((GridData) spacer.getLayoutData()).exclude = false;
    }

    private void hideError(Row r) {
        r.error().setVisible(false);
        r.error().setText("");
        ((GridData) r.error().getLayoutData()).exclude = true;
        Control spacer = area.getChildren()[indexOf(r.error()) - 1];
        spacer.setVisible(false);
        ((GridData) spacer.getLayoutData()).exclude = true;
    }

    private int indexOf(Control c) {
        Control[] children = area.getChildren();
        for (int i = 0; i < children.length; i++) {
            if (children[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private void relayout() {
        area.getParent().layout(true, true);
    }
}
