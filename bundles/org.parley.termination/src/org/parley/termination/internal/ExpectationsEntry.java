package org.parley.termination.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Expectations agreed at a first meeting; never changed, a newer record replaces it. */
@Entity(name = "ClientExpectations")
@Table(name = "client_expectations")
class ExpectationsEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_expectations_seq")
    @SequenceGenerator(name = "client_expectations_seq", sequenceName = "client_expectations_seq", allocationSize = 50)
    long id;

    @Column(name = "client_id", nullable = false)
    long clientId;

    @Column(name = "deadline", nullable = false)
    LocalDate deadline;

    @Column(name = "scope", nullable = false, length = 4000)
    String scope;

    @Column(name = "price", nullable = false, length = 200)
    String price;

    @Column(name = "contact_person", nullable = false, length = 200)
    String contactPerson;

    @Column(name = "contact_number", nullable = false, length = 64)
    String contactNumber;

    @Column(name = "confirmed_by_client", nullable = false)
    boolean confirmedByClient;

    /** Red flag codes separated by spaces. */
    @Column(name = "red_flags", nullable = false, length = 2000)
    String redFlags;

    @Column(name = "note", length = 4000)
    String note;

    @Column(name = "recorded_by", nullable = false, length = 64)
    String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;
}
