package org.parley.core.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One entry of the append-only audit trail: who changed what, when, and the state before and after. */
@Entity(name = "AuditEvent")
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    private long id;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor_login", nullable = false, updatable = false, length = 64)
    private String actor;

    /** What happened, e.g. {@code case.created}, {@code commitment.settled}. */
    @Column(name = "action", nullable = false, updatable = false, length = 64)
    private String action;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 64)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private long entityId;

    @Column(name = "before_state", updatable = false, length = 20000)
    private String before;

    @Column(name = "after_state", updatable = false, length = 20000)
    private String after;

    @Column(name = "reason", updatable = false, length = 2000)
    private String reason;

    protected AuditEvent() {
    }

    public AuditEvent(Instant at, String actor, String action, String entityType, long entityId, String before,
            String after, String reason) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.before = before;
        this.after = after;
        this.reason = reason;
    }

    public long getId() { return id; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getEntityType() { return entityType; }
    public long getEntityId() { return entityId; }
    public String getBefore() { return before; }
    public String getAfter() { return after; }
    public String getReason() { return reason; }
}
