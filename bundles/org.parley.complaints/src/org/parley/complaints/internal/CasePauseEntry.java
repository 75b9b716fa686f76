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

/** A time the case waited for the client; deadlines do not run meanwhile. */
@Entity(name = "CasePause")
@Table(name = "case_pause")
class CasePauseEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_pause_seq")
    @SequenceGenerator(name = "case_pause_seq", sequenceName = "case_pause_seq", allocationSize = 50)
    long id;

    @Version
    long version;

    @Column(name = "case_id", nullable = false)
    long caseId;

    @Column(name = "paused_at", nullable = false)
    Instant pausedAt;

    @Column(name = "resumed_at")
    Instant resumedAt;
}
