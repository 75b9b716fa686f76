package org.parley.complaints.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One running deadline of a case; {@code dueAt} already includes the time the case waited for the client. */
@Entity(name = "CaseDeadline")
@Table(name = "case_deadline")
class CaseDeadlineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_deadline_seq")
    @SequenceGenerator(name = "case_deadline_seq", sequenceName = "case_deadline_seq", allocationSize = 50)
    long id;

    @Version
    long version;

    @Column(name = "case_id", nullable = false)
    long caseId;

    @Column(name = "kind", nullable = false, length = 20)
    String kind;

    @Column(name = "started_at", nullable = false)
    Instant startedAt;

    @Column(name = "business_minutes", nullable = false)
    int businessMinutes;

    @Column(name = "due_at", nullable = false)
    Instant dueAt;

    @Column(name = "met_at")
    Instant metAt;

    @Column(name = "breached_at")
    Instant breachedAt;

    @Column(name = "escalated", nullable = false)
    boolean escalated;
}
