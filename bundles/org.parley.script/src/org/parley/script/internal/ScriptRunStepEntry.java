package org.parley.script.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One step taken in a run. */
@Entity(name = "ScriptRunStep")
@Table(name = "script_run_step")
class ScriptRunStepEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "script_run_step_seq")
    @SequenceGenerator(name = "script_run_step_seq", sequenceName = "script_run_step_seq", allocationSize = 50)
    long id;

    @Column(name = "run_id", nullable = false)
    long runId;

    @Column(name = "position", nullable = false)
    int position;

    @Column(name = "step_id", nullable = false, length = 64)
    String stepId;

    @Column(name = "outcome", nullable = false, length = 10)
    String outcome;

    @Column(name = "note", length = 4000)
    String note;

    @Column(name = "answer", length = 4000)
    String answer;

    @Column(name = "branch", length = 500)
    String branch;

    @Column(name = "commitment_id")
    Long commitmentId;

    @Column(name = "promise_due")
    Instant promiseDue;

    @Column(name = "elapsed_seconds", nullable = false)
    long elapsedSeconds;
}
