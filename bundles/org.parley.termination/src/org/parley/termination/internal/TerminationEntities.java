package org.parley.termination.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.parley.core.extension.EntityContribution;

/** The problem-client capability's share of the persistence unit (confirmations and settings are read by SQL). */
@Component
public class TerminationEntities implements EntityContribution {

    @Override
    public String id() {
        return "termination";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(TerminationEntry.class, ExpectationsEntry.class);
    }

    @Override
    public String migrationFolder() {
        return "db/migration/termination";
    }
}
