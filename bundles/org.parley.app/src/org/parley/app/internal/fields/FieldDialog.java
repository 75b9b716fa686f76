package org.parley.app.internal.fields;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.parley.app.internal.Messages;
import org.parley.ui.workbench.DraftDialog;
import org.parley.core.model.FieldTarget;
import org.parley.core.model.FieldType;
import org.parley.core.service.CustomField;
import org.parley.core.service.CustomFieldDraft;
import org.parley.core.service.CustomFields;

/** Defines a new custom field or changes the labels, choices and required flag of one. */
public class FieldDialog extends DraftDialog<CustomField> {

    private final CustomFields fields;
    private final FieldTarget target;
    private final CustomField existing;
    private Text code;
    private Combo type;
    private final Map<String, Text> labels = new LinkedHashMap<>();
    private Text choices;
    private Button required;

    public FieldDialog(Shell parent, CustomFields fields, FieldTarget target, CustomField existing) {
        super(parent);
        this.fields = fields;
        this.target = target;
        this.existing = existing;
    }

    @Override
    protected String title() {
        return existing == null ? Messages.fieldDialog_newTitle : NLS.bind(Messages.fieldDialog_editTitle, existing.code());
    }

    @Override
    protected String description() {
        return Messages.fieldDialog_description;
    }

    @Override
    protected Point preferredSize() {
        return new Point(620, 600);
    }

    @Override
    protected void createFields(Composite parent) {
        code = field("code", label(parent, Messages.fieldsAdmin_code), new Text(parent, SWT.BORDER));
        code.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        type = field("type", label(parent, Messages.fieldsAdmin_type), new Combo(parent, SWT.READ_ONLY));
        type.setItems(Messages.fieldsAdmin_typeText, Messages.fieldsAdmin_typeNumber, Messages.fieldsAdmin_typeDate,
                Messages.fieldsAdmin_typeChoice);
        type.select(0);
        for (String lang : CustomFieldDraft.LANGUAGES) {
            Text t = field(lang.equals("en") ? "label" : "label." + lang, label(parent, NLS.bind(Messages.fieldDialog_labelIn, lang)), new Text(parent, SWT.BORDER));
            t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            labels.put(lang, t);
        }
        choices = field("choices", topLabel(parent, Messages.fieldDialog_choices),
                new Text(parent, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.WRAP));
        GridData choicesData = new GridData(SWT.FILL, SWT.FILL, true, true);
        choicesData.heightHint = 120;
        choices.setLayoutData(choicesData);
        label(parent, Messages.fieldsAdmin_required);
        required = new Button(parent, SWT.CHECK);
        required.setText(Messages.fieldDialog_required);
        type.addListener(SWT.Selection, e -> choices.setEnabled(selectedType() == FieldType.CHOICE));
        if (existing != null) {
            code.setText(existing.code());
            code.setEnabled(false);
            type.select(existing.type().ordinal());
            type.setEnabled(false);
            existing.labels().forEach((lang, text) -> {
                if (labels.containsKey(lang)) {
                    labels.get(lang).setText(text);
                }
            });
            choices.setText(String.join("\n", existing.choices()));
            required.setSelection(existing.required());
        }
        choices.setEnabled(selectedType() == FieldType.CHOICE);
    }

    private FieldType selectedType() {
        return FieldType.values()[Math.max(0, type.getSelectionIndex())];
    }

    @Override
    protected Supplier<CustomField> submission() {
        Map<String, String> l = new LinkedHashMap<>();
        labels.forEach((lang, t) -> l.put(lang, t.getText()));
        List<String> cs = Arrays.asList(choices.getText().split("\\R"));
        CustomFieldDraft draft = new CustomFieldDraft(target, code.getText(), l, selectedType(), cs,
                required.getSelection());
        return existing == null ? () -> fields.define(draft)
                : () -> fields.change(existing.id(), existing.version(), draft);
    }

    public Text codeField() {
        return code;
    }

    public Combo typeField() {
        return type;
    }

    public Text labelField(String lang) {
        return labels.get(lang);
    }

    public Text choicesField() {
        return choices;
    }
}
