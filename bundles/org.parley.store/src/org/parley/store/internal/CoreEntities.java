package org.parley.store.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.parley.core.extension.EntityContribution;
import org.parley.core.model.AuditEvent;
import org.parley.core.model.Case;
import org.parley.core.model.Client;
import org.parley.core.model.Commitment;
import org.parley.core.model.ContactPoint;
import org.parley.core.model.InstantConverter;
import org.parley.core.model.Interaction;
import org.parley.core.model.User;

/** The shared case model's own share of the persistence unit, migrated before any other. */
@Component
public class CoreEntities implements EntityContribution {

    static final String ID = "core";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(User.class, Client.class, ContactPoint.class, Case.class, Interaction.class, Commitment.class,
                AuditEvent.class, InstantConverter.class, CustomFieldEntry.class, CustomFieldValueEntry.class);
    }

    @Override
    public String migrationFolder() {
        return "db/migration/core";
    }

    @Override
    public int order() {
        return 0;
    }
}
