package org.parley.complaints.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The investigation of a case as stored, with its evidence and the staff involved in order. */
@Entity(name = "Investigation")
@Table(name = "investigation")
class InvestigationEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "investigation_seq")
    @SequenceGenerator(name = "investigation_seq", sequenceName = "investigation_seq", allocationSize = 50)
    long id;

    @Version
    long version;

    @Column(name = "case_id", nullable = false, unique = true)
    long caseId;

    @Column(name = "facts", length = 20000)
    String facts;

    @Column(name = "client_emotions", length = 20000)
    String clientEmotions;

    @Column(name = "root_cause", length = 40)
    String rootCause;

    @Column(name = "process_steps", length = 4000)
    String processSteps;

    @Column(name = "conclusion", length = 20000)
    String conclusion;

    @Column(name = "opened_at", nullable = false)
    Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 64)
    String openedBy;

    @Column(name = "closed_at")
    Instant closedAt;

    @Column(name = "closed_by", length = 64)
    String closedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "investigation_evidence", joinColumns = @JoinColumn(name = "investigation_id"))
    @OrderColumn(name = "position")
    List<EvidenceItem> evidence = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "investigation_staff", joinColumns = @JoinColumn(name = "investigation_id"))
    @OrderColumn(name = "position")
    List<StaffItem> staff = new ArrayList<>();

    @Embeddable
    static class EvidenceItem {
        @Column(name = "description", nullable = false, length = 2000)
        String description;
        @Column(name = "reference", length = 1000)
        String reference;
        @Column(name = "added_by", nullable = false, length = 64)
        String addedBy;
        @Column(name = "added_at", nullable = false)
        Instant addedAt;
    }

    @Embeddable
    static class StaffItem {
        @Column(name = "staff_login", nullable = false, length = 64)
        String staffLogin;
        @Column(name = "process_step", length = 200)
        String processStep;
        @Column(name = "at_fault", nullable = false)
        boolean atFault;
        @Column(name = "disciplinary_note", length = 4000)
        String disciplinaryNote;
    }
}
