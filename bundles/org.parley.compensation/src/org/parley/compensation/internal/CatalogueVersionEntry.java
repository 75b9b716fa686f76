package org.parley.compensation.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One saved catalogue version, its text the catalogue JSON file. */
@Entity(name = "GestureCatalogue")
@Table(name = "gesture_catalogue")
class CatalogueVersionEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gesture_catalogue_seq")
    @SequenceGenerator(name = "gesture_catalogue_seq", sequenceName = "gesture_catalogue_seq", allocationSize = 50)
    long id;

    @Column(name = "catalogue_version", nullable = false)
    int catalogueVersion;

    @Column(name = "body", nullable = false, length = 1000000)
    String body;

    @Column(name = "saved_at", nullable = false)
    Instant savedAt;

    @Column(name = "saved_by", nullable = false, length = 64)
    String savedBy;
}
