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

/** A complaint as stored: the client's words verbatim, the channel and its reference, linked to its case by id. */
@Entity(name = "Complaint")
@Table(name = "complaint")
class ComplaintEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
    @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
    long id;

    @Version
    long version;

    @Column(name = "case_id", nullable = false)
    long caseId;

    @Column(name = "client_id", nullable = false)
    long clientId;

    @Column(name = "channel", nullable = false, length = 40)
    String channel;

    @Column(name = "channel_reference", length = 500)
    String channelReference;

    @Column(name = "received_at", nullable = false)
    Instant receivedAt;

    @Column(name = "client_words", nullable = false, length = 20000)
    String clientWords;

    @Column(name = "recorded_by", nullable = false, length = 64)
    String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    @Column(name = "suspected_duplicate_of")
    Long suspectedDuplicateOf;

    @Column(name = "merged_from_case_id")
    Long mergedFromCaseId;
}
