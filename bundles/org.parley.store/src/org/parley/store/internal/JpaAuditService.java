package org.parley.store.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.core.model.AuditEvent;
import org.parley.core.service.AuditService;

/** Reads the audit trail the other services append to. */
@Component(service = AuditService.class)
public class JpaAuditService implements AuditService {

    private final JpaStore store;

    @Activate
    public JpaAuditService(@Reference JpaStore store) {
        this.store = store;
    }

    @Override
    public List<AuditEvent> history(String entityType, long entityId) {
        return store.read(em -> em.createQuery(
                "SELECT a FROM AuditEvent a WHERE a.entityType = :type AND a.entityId = :id ORDER BY a.at, a.id",
                AuditEvent.class).setParameter("type", entityType).setParameter("id", entityId).getResultList());
    }

    @Override
    public List<AuditEvent> recent(int limit) {
        return store.read(em -> em.createQuery("SELECT a FROM AuditEvent a ORDER BY a.at DESC, a.id DESC", AuditEvent.class)
                .setMaxResults(Math.max(1, Math.min(limit, 10_000))).getResultList());
    }
}
