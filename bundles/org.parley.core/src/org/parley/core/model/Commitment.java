package org.parley.core.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A promise made to the client with the time it falls due: acknowledge, call back, deliver, pay... */
@Entity(name = "Commitment")
@Table(name = "commitment")
public class Commitment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commitment_seq")
    @SequenceGenerator(name = "commitment_seq", sequenceName = "commitment_seq", allocationSize = 50)
    private long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private Case conflictCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private CommitmentKind kind;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    /** Login of the staff member who must keep the promise. */
    @Column(name = "owner_login", nullable = false, length = 64)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private CommitmentState state = CommitmentState.OPEN;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "settled_note", length = 2000)
    private String settledNote;

    protected Commitment() {
    }

    public Commitment(Case conflictCase, CommitmentKind kind, String description, Instant dueAt, String owner, Instant createdAt) {
        this.conflictCase = conflictCase;
        this.kind = kind;
        this.description = description;
        this.dueAt = dueAt;
        this.owner = owner;
        this.createdAt = createdAt;
    }

    public long getId() { return id; }
    public long getVersion() { return version; }
    public Case getCase() { return conflictCase; }
    public CommitmentKind getKind() { return kind; }
    public String getDescription() { return description; }
    public Instant getDueAt() { return dueAt; }
    public String getOwner() { return owner; }
    public CommitmentState getState() { return state; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSettledAt() { return settledAt; }
    public String getSettledNote() { return settledNote; }

    /** Ends the promise as kept or broken; an ended promise cannot be reopened. */
    public void settle(CommitmentState outcome, Instant at, String note) {
        this.state = outcome;
        this.settledAt = at;
        this.settledNote = note;
    }

    /** Open and past its due time. */
    public boolean isOverdue(Instant now) {
        return state == CommitmentState.OPEN && dueAt.isBefore(now);
    }
}
