package org.parley.complaints.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A deadline policy as stored; null channel or severity means "any". */
@Entity(name = "DeadlinePolicy")
@Table(name = "complaint_policy")
class DeadlinePolicyEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_policy_seq")
    @SequenceGenerator(name = "complaint_policy_seq", sequenceName = "complaint_policy_seq", allocationSize = 50)
    long id;

    @Version
    long version;

    @Column(name = "channel", length = 40)
    String channel;

    @Column(name = "severity", length = 12)
    String severity;

    @Column(name = "acknowledge_minutes", nullable = false)
    int acknowledgeMinutes;

    @Column(name = "first_callback_minutes", nullable = false)
    int firstCallbackMinutes;

    @Column(name = "resolve_minutes", nullable = false)
    int resolveMinutes;
}
