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

/** A lesson in the register, as stored. */
@Entity(name = "Lesson")
@Table(name = "lesson")
class LessonEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_seq")
    @SequenceGenerator(name = "lesson_seq", sequenceName = "lesson_seq", allocationSize = 50)
    long id;

    @Version
    long version;

    @Column(name = "root_cause", nullable = false, length = 40)
    String rootCause;

    @Column(name = "title", nullable = false, length = 200)
    String title;

    @Column(name = "owner_login", length = 64)
    String ownerLogin;

    @Column(name = "corrective_action", length = 4000)
    String correctiveAction;

    @Column(name = "action_status", nullable = false, length = 20)
    String status;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;
}
