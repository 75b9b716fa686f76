package org.parley.core.service;

/**
 * Someone else saved the same record after it was read: the change was not applied, so nobody's work is
 * overwritten silently. Reload the record and apply the change again.
 */
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String entityType;
    private final long entityId;

    public ConcurrentChangeException(String entityType, long entityId, String message, Throwable cause) {
        super(message, cause);
        this.entityType = entityType;
        this.entityId = entityId;
    }

    public String entityType() {
        return entityType;
    }

    public long entityId() {
        return entityId;
    }
}
