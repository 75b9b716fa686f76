package org.parley.core.extension;

import java.util.List;

/**
 * A bundle's share of the one persistence unit: its entity classes and the versioned SQL migrations that
 * own its tables. Register an implementation as an OSGi service (a DS {@code @Component}); the store adds
 * the classes to the unit and applies the migrations, each contribution with its own schema history.
 *
 * <p>Link your tables to core data by the case's or client's id; never change core tables.
 */
public interface EntityContribution {

    /** A stable, unique id such as {@code core} or {@code com.example.reviews}; names the schema history. */
    String id();

    /** The entity (and converter) classes this bundle contributes. */
    List<Class<?>> entityClasses();

    /**
     * Folder inside the contributing bundle holding Flyway-style migrations ({@code V1__create_tables.sql},
     * {@code V2__...}) written in SQL that runs on both H2 and PostgreSQL.
     */
    String migrationFolder();

    /** Contributions with a lower order are migrated first; core is 0, capabilities use 100 and above. */
    default int order() {
        return 100;
    }
}
