package org.parley.compensation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A gesture on a case; see {@link org.parley.compensation.Gesture}. */
@Entity(name = "Gesture")
@Table(name = "gesture")
class GestureEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gesture_seq")
    @SequenceGenerator(name = "gesture_seq", sequenceName = "gesture_seq", allocationSize = 50)
    long id;

    @Version
    long version;

    @Column(name = "case_id", nullable = false)
    long caseId;

    @Column(name = "client_id", nullable = false)
    long clientId;

    @Column(name = "catalogue_version", nullable = false)
    int catalogueVersion;

    @Column(name = "item_code", nullable = false, length = 40)
    String itemCode;

    @Column(name = "kind", nullable = false, length = 32)
    String kind;

    @Column(name = "gesture_value", precision = 14, scale = 2)
    BigDecimal value;

    @Column(name = "currency", length = 3)
    String currency;

    @Column(name = "cost", nullable = false, precision = 14, scale = 2)
    BigDecimal cost;

    @Column(name = "promised_date")
    LocalDate promisedDate;

    @Column(name = "state", nullable = false, length = 16)
    String state;

    @Column(name = "approval_role", nullable = false, length = 20)
    String approvalRole;

    @Column(name = "root_cause", length = 40)
    String rootCause;

    @Column(name = "team", nullable = false, length = 64)
    String team;

    @Column(name = "over_budget", nullable = false)
    boolean overBudget;

    @Column(name = "over_client_limit", nullable = false)
    boolean overClientLimit;

    @Column(name = "proposed_by", nullable = false, length = 64)
    String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    Instant proposedAt;

    @Column(name = "decided_by", length = 64)
    String decidedBy;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Column(name = "override_reason", length = 2000)
    String overrideReason;

    @Column(name = "reason", length = 2000)
    String reason;

    @Column(name = "note", length = 2000)
    String note;

    @Column(name = "commitment_id")
    Long commitmentId;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
