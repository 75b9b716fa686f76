package org.parley.compensation.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.parley.core.extension.EntityContribution;

/** The compensation catalogue's share of the persistence unit: catalogue versions, budgets and gestures. */
@Component
public class CompensationEntities implements EntityContribution {

    @Override
    public String id() {
        return "compensation";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(CatalogueVersionEntry.class, BudgetEntry.class, GestureEntry.class);
    }

    @Override
    public String migrationFolder() {
        return "db/migration/compensation";
    }
}
