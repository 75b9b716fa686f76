package org.parley.core.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.core.model.FieldTarget;

/**
 * Fields admins define on clients and cases without code, and their values. Definitions are changed by
 * admins only ({@link UserService#isAdmin(String)}); every change, values included, is audited.
 */
public interface CustomFields {

    /** The EventAdmin topic posted after a field was defined, changed, retired, reinstated or moved. */
    String TOPIC_CHANGED = "org/parley/customfield/changed";

    /** Every field of {@code target}, retired ones included, in display order. */
    List<CustomField> list(FieldTarget target);

    /** The active fields of {@code target}, in display order: the ones shown for input and exported. */
    default List<CustomField> active(FieldTarget target) {
        return list(target).stream().filter(CustomField::active).toList();
    }

    /** The field of {@code target} with this code, retired or not. */
    default Optional<CustomField> find(FieldTarget target, String code) {
        return list(target).stream().filter(f -> f.code().equals(code)).findFirst();
    }

    /**
     * Defines a new field, placed after the existing ones.
     *
     * @throws InvalidInputException when the actor is no admin or the code is taken on the target
     */
    CustomField define(CustomFieldDraft draft);

    /**
     * Changes a field's labels, choices and required flag. Target, code and type stay as defined, so stored
     * values keep their meaning.
     */
    CustomField change(long fieldId, long expectedVersion, CustomFieldDraft draft);

    /** Retires ({@code active == false}) or reinstates a field; values are kept either way. */
    CustomField setActive(long fieldId, long expectedVersion, boolean active);

    /** Puts the fields of {@code target} in the order of {@code codes}; fields not named keep their place after them. */
    List<CustomField> reorder(FieldTarget target, List<String> codes);

    /** An owner's values by field code, retired fields included; fields without a value are absent. */
    Map<String, String> values(FieldTarget target, long ownerId);

    /** The values of many owners at once (for exports), by owner id, then field code. */
    Map<Long, Map<String, String>> values(FieldTarget target, Collection<Long> ownerIds);

    /**
     * Checks {@code values} (field code to typed text) against the active fields of {@code target} and
     * returns them in canonical form, empty ones left out. A value equal to one already stored for the owner
     * is accepted even if its choice was since removed.
     *
     * @param ownerId the record the values are for, or 0 for a new one
     * @throws InvalidInputException for the first field in display order that is wrong, named by its code
     */
    Map<String, String> check(FieldTarget target, long ownerId, Map<String, String> values);

    /**
     * Replaces the values of the active fields of {@code target} for one owner: every value is checked first
     * ({@link #check}), and either all are stored or none. Values of retired fields are kept.
     *
     * @return the owner's values afterwards
     */
    Map<String, String> setValues(FieldTarget target, long ownerId, Map<String, String> values);
}
