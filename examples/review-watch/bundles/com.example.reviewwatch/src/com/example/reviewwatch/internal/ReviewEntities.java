package com.example.reviewwatch.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.parley.core.extension.EntityContribution;

/** The review table joins Parley's persistence unit, with its own migration history. */
@Component
public class ReviewEntities implements EntityContribution {

    @Override
    public String id() {
        return "reviewwatch";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(ReviewEntry.class);
    }

    @Override
    public String migrationFolder() {
        return "db/migration/reviewwatch";
    }
}
