package org.parley.complaints.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.parley.core.extension.EntityContribution;

/** The complaint log's share of the persistence unit; migrated after the core tables it refers to. */
@Component
public class ComplaintEntities implements EntityContribution {

    @Override
    public String id() {
        return "complaints";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(ComplaintEntry.class, DeadlinePolicyEntry.class, CaseDeadlineEntry.class, CasePauseEntry.class,
                TransferEntry.class, InvestigationEntry.class, InvestigationEntry.EvidenceItem.class,
                InvestigationEntry.StaffItem.class, LessonEntry.class, ResolutionEntry.class);
    }

    @Override
    public String migrationFolder() {
        return "db/migration/complaints";
    }
}
