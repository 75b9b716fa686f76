package org.parley.store.tests.contribution;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.parley.core.extension.EntityContribution;

/** Contributes {@link CaseTag} and its migration to the one persistence unit. */
@Component
public class CaseTagEntities implements EntityContribution {

    @Override
    public String id() {
        return "test.case-tags";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(CaseTag.class);
    }

    @Override
    public String migrationFolder() {
        return "db/migration/case-tags";
    }
}
