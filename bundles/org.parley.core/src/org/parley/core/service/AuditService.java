package org.parley.core.service;

import java.util.List;

import org.parley.core.model.AuditEvent;

/** Reads the append-only audit trail; entries are written by the services that make the changes. */
public interface AuditService {

    /** Everything that happened to one record, oldest first. */
    List<AuditEvent> history(String entityType, long entityId);

    /** The newest entries, newest first. */
    List<AuditEvent> recent(int limit);
}
