package org.parley.complaints.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** How a case ended, as stored; one per case. */
@Entity(name = "CaseResolution")
@Table(name = "case_resolution")
class ResolutionEntry {

    @Id
    @Column(name = "case_id")
    long caseId;

    @Version
    long version;

    @Column(name = "outcome", nullable = false, length = 20)
    String outcome;

    @Column(name = "remedy", length = 4000)
    String remedy;

    @Column(name = "remedy_use", length = 4000)
    String remedyUse;

    @Column(name = "explanation", length = 20000)
    String explanation;

    @Column(name = "justification", length = 4000)
    String justification;

    @Column(name = "changes", length = 4000)
    String changes;

    @Column(name = "closing_language", nullable = false, length = 8)
    String language;

    @Column(name = "closing_message", nullable = false, length = 20000)
    String closingMessage;

    @Column(name = "lesson_id")
    Long lessonId;

    @Column(name = "resolved_at", nullable = false)
    Instant resolvedAt;

    @Column(name = "resolved_by", nullable = false, length = 64)
    String resolvedBy;
}
