package org.parley.store.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.parley.core.model.FieldTarget;
import org.parley.core.model.FieldType;
import org.parley.core.service.CustomField;
import org.parley.core.service.CustomFieldDraft;

/** The stored definition of a custom field. */
@Entity(name = "CustomField")
@Table(name = "custom_field")
class CustomFieldEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custom_field_seq")
    @SequenceGenerator(name = "custom_field_seq", sequenceName = "custom_field_seq", allocationSize = 50)
    long id;

    @Version
    long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "target", nullable = false, length = 8)
    FieldTarget target;

    @Column(name = "code", nullable = false, length = 40)
    String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_type", nullable = false, length = 8)
    FieldType type;

    @Column(name = "label_en", nullable = false, length = 200)
    String labelEn;

    @Column(name = "label_ru", length = 200)
    String labelRu;

    @Column(name = "label_ro", length = 200)
    String labelRo;

    @Column(name = "label_pl", length = 200)
    String labelPl;

    @Column(name = "choices", length = 21000)
    String choices;

    @Column(name = "required", nullable = false)
    boolean required;

    @Column(name = "active", nullable = false)
    boolean active;

    @Column(name = "position", nullable = false)
    int position;

    void apply(CustomFieldDraft d) {
        labelEn = d.labels().get("en");
        labelRu = d.labels().get("ru");
        labelRo = d.labels().get("ro");
        labelPl = d.labels().get("pl");
        choices = d.choices().isEmpty() ? null : String.join("\n", d.choices());
        required = d.required();
    }

    CustomField toField() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("en", labelEn);
        put(labels, "ru", labelRu);
        put(labels, "ro", labelRo);
        put(labels, "pl", labelPl);
        List<String> cs = choices == null || choices.isEmpty() ? List.of() : Arrays.asList(choices.split("\n"));
        return new CustomField(id, version, target, code, labels, type, cs, required, active, position);
    }

    private static void put(Map<String, String> labels, String lang, String label) {
        if (label != null) {
            labels.put(lang, label);
        }
    }
}
