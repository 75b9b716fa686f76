package org.parley.script.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One saved version of a script, its text in the script file format. */
@Entity(name = "ScriptVersion")
@Table(name = "script_version")
class ScriptVersionEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "script_version_seq")
    @SequenceGenerator(name = "script_version_seq", sequenceName = "script_version_seq", allocationSize = 50)
    long id;

    @Column(name = "code", nullable = false, length = 64)
    String code;

    @Column(name = "language", nullable = false, length = 8)
    String language;

    @Column(name = "version", nullable = false)
    int version;

    @Column(name = "title", nullable = false, length = 200)
    String title;

    @Column(name = "body", nullable = false, length = 200000)
    String body;

    @Column(name = "retired", nullable = false)
    boolean retired;

    @Column(name = "saved_at", nullable = false)
    Instant savedAt;

    @Column(name = "saved_by", nullable = false, length = 64)
    String savedBy;
}
