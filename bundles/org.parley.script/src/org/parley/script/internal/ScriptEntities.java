package org.parley.script.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.parley.core.extension.EntityContribution;

/** The scripts' share of the persistence unit: versions, runs and their steps, and edited tone rules. */
@Component
public class ScriptEntities implements EntityContribution {

    @Override
    public String id() {
        return "scripts";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(ScriptVersionEntry.class, ScriptRunEntry.class, ScriptRunStepEntry.class);
    }

    @Override
    public String migrationFolder() {
        return "db/migration/scripts";
    }
}
