package org.parley.script.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A run of a script on a case, as stored; its steps are {@link ScriptRunStepEntry} rows. */
@Entity(name = "ScriptRun")
@Table(name = "script_run")
class ScriptRunEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "script_run_seq")
    @SequenceGenerator(name = "script_run_seq", sequenceName = "script_run_seq", allocationSize = 50)
    long id;

    @Column(name = "case_id", nullable = false)
    long caseId;

    @Column(name = "script_id", nullable = false)
    long scriptId;

    @Column(name = "agent_login", nullable = false, length = 64)
    String agent;

    @Column(name = "started_at", nullable = false)
    Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    Instant finishedAt;

    @Column(name = "completed", nullable = false)
    boolean completed;

    @Column(name = "steps_skipped", nullable = false)
    int stepsSkipped;

    @Column(name = "steps_failed", nullable = false)
    int stepsFailed;

    @Column(name = "promises", nullable = false)
    int promises;

    @Column(name = "interaction_id")
    Long interactionId;
}
