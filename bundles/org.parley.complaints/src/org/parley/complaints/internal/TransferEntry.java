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

/** A move of a case between levels or owners, as stored. */
@Entity(name = "CaseTransfer")
@Table(name = "case_transfer")
class TransferEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_transfer_seq")
    @SequenceGenerator(name = "case_transfer_seq", sequenceName = "case_transfer_seq", allocationSize = 50)
    long id;

    @Version
    long version;

    @Column(name = "case_id", nullable = false)
    long caseId;

    @Column(name = "from_level", nullable = false)
    int fromLevel;

    @Column(name = "to_level", nullable = false)
    int toLevel;

    @Column(name = "from_owner", length = 64)
    String fromOwner;

    @Column(name = "to_owner", length = 64)
    String toOwner;

    @Column(name = "reason", nullable = false, length = 2000)
    String reason;

    @Column(name = "automatic", nullable = false)
    boolean automatic;

    @Column(name = "transferred_at", nullable = false)
    Instant at;

    @Column(name = "actor", nullable = false, length = 64)
    String actor;
}
