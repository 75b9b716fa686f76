package org.parley.store.internal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.parley.core.service.CustomField;

/** One owner's value of one custom field, in the column of the field's type. */
@Entity(name = "CustomFieldValue")
@Table(name = "custom_field_value")
@IdClass(CustomFieldValueEntry.Key.class)
class CustomFieldValueEntry {

    @Id
    @Column(name = "field_id")
    long fieldId;

    @Id
    @Column(name = "owner_id")
    long ownerId;

    @Column(name = "text_value", length = 1000)
    String textValue;

    @Column(name = "choice_value", length = 100)
    String choiceValue;

    @Column(name = "number_value", precision = 24, scale = 6)
    BigDecimal numberValue;

    @Column(name = "date_value")
    LocalDate dateValue;

    /** Sets the column of {@code field}'s type from a canonical value. */
    void set(CustomField field, String canonical) {
        textValue = null;
        choiceValue = null;
        numberValue = null;
        dateValue = null;
        switch (field.type()) {
            case TEXT -> textValue = canonical;
            case CHOICE -> choiceValue = canonical;
            case NUMBER -> numberValue = new BigDecimal(canonical);
            case DATE -> dateValue = LocalDate.parse(canonical);
        }
    }

    /** The canonical text of the value, whatever column holds it; null when none does. */
    String canonical() {
        if (textValue != null) {
            return textValue;
        }
        if (choiceValue != null) {
            return choiceValue;
        }
        if (numberValue != null) {
            return plain(numberValue);
        }
        return dateValue == null ? null : dateValue.toString();
    }

    static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** The composite primary key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public long fieldId;
        public long ownerId;

        public Key() {
        }

        Key(long fieldId, long ownerId) {
            this.fieldId = fieldId;
            this.ownerId = ownerId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.fieldId == fieldId && k.ownerId == ownerId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(fieldId, ownerId);
        }
    }
}
