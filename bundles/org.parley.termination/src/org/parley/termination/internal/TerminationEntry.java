package org.parley.termination.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Ending the relationship with one client; see {@link org.parley.termination.Termination}. */
@Entity(name = "Termination")
@Table(name = "termination")
class TerminationEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "termination_seq")
    @SequenceGenerator(name = "termination_seq", sequenceName = "termination_seq", allocationSize = 50)
    long id;

    @Version
    long version;

    @Column(name = "client_id", nullable = false)
    long clientId;

    @Column(name = "state", nullable = false, length = 16)
    String state;

    @Column(name = "reason", nullable = false, length = 2000)
    String reason;

    @Column(name = "started_by", nullable = false, length = 64)
    String startedBy;

    @Column(name = "started_at", nullable = false)
    Instant startedAt;

    @Column(name = "letter", length = 20000)
    String letter;

    @Column(name = "letter_language", length = 8)
    String letterLanguage;

    @Column(name = "ended_by", length = 64)
    String endedBy;

    @Column(name = "ended_at")
    Instant endedAt;

    @Column(name = "override_reason", length = 2000)
    String overrideReason;

    @Column(name = "reversed_by", length = 64)
    String reversedBy;

    @Column(name = "reversed_at")
    Instant reversedAt;

    @Column(name = "reversal_reason", length = 2000)
    String reversalReason;
}
