package org.parley.store.internal;

import java.util.Locale;

import org.parley.core.model.Case;
import org.parley.core.model.Client;
import org.parley.core.model.Commitment;
import org.parley.core.model.Interaction;
import org.parley.core.model.User;

/** The names records go by in the audit trail and in messages. */
final class EntityNames {

    static final String CASE = "case";
    static final String CLIENT = "client";
    static final String INTERACTION = "interaction";
    static final String COMMITMENT = "commitment";
    static final String USER = "user";
    static final String CUSTOM_FIELD = "customField";

    private EntityNames() {
    }

    static String of(Object entity) {
        if (entity instanceof Case) {
            return CASE;
        }
        if (entity instanceof Client) {
            return CLIENT;
        }
        if (entity instanceof Interaction) {
            return INTERACTION;
        }
        if (entity instanceof Commitment) {
            return COMMITMENT;
        }
        if (entity instanceof User) {
            return USER;
        }
        return entity.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    /** The id of a contributed entity, read through its {@code getId()}; 0 when it has none. */
    static long idOf(Object entity) {
        try {
            Object id = entity.getClass().getMethod("getId").invoke(entity);
            return id instanceof Number n ? n.longValue() : 0;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 0;
        }
    }
}
