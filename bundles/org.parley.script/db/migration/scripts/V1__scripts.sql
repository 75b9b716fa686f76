-- Conversation scripts: every saved version, immutable; the text is the script file format (ScriptFile).
CREATE SEQUENCE script_version_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE script_run_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE script_run_step_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE script_version (
    id BIGINT NOT NULL PRIMARY KEY,
    code VARCHAR(64) NOT NULL,
    language VARCHAR(8) NOT NULL,
    version INTEGER NOT NULL,
    title VARCHAR(200) NOT NULL,
    body VARCHAR(200000) NOT NULL,
    retired BOOLEAN NOT NULL,
    saved_at TIMESTAMP NOT NULL,
    saved_by VARCHAR(64) NOT NULL,
    -- two admins saving the same version at once: the second is refused here
    CONSTRAINT uq_script_version UNIQUE (code, language, version)
);

-- A script run on a case; it keeps the version it used.
CREATE TABLE script_run (
    id BIGINT NOT NULL PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES conflict_case (id),
    script_id BIGINT NOT NULL REFERENCES script_version (id),
    agent_login VARCHAR(64) NOT NULL,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP NOT NULL,
    completed BOOLEAN NOT NULL,
    -- counted when the run is saved, so that coaching figures read the runs of a period and not their steps
    steps_skipped INTEGER NOT NULL,
    steps_failed INTEGER NOT NULL,
    promises INTEGER NOT NULL,
    interaction_id BIGINT
);
CREATE INDEX ix_script_run_case ON script_run (case_id, started_at);
CREATE INDEX ix_script_run_started ON script_run (started_at);

CREATE TABLE script_run_step (
    id BIGINT NOT NULL PRIMARY KEY,
    run_id BIGINT NOT NULL REFERENCES script_run (id),
    position INTEGER NOT NULL,
    step_id VARCHAR(64) NOT NULL,
    outcome VARCHAR(10) NOT NULL,
    note VARCHAR(4000),
    answer VARCHAR(4000),
    branch VARCHAR(500),
    commitment_id BIGINT REFERENCES commitment (id),
    promise_due TIMESTAMP,
    elapsed_seconds BIGINT NOT NULL
);
CREATE INDEX ix_script_run_step_run ON script_run_step (run_id, position);

-- Each promise made in a run, with what the coaching figures group by: kept-on-time is counted from here, one
-- row per promise, instead of walking every step of every run of the period.
CREATE TABLE script_promise (
    commitment_id BIGINT NOT NULL PRIMARY KEY REFERENCES commitment (id),
    run_id BIGINT NOT NULL REFERENCES script_run (id),
    agent_login VARCHAR(64) NOT NULL,
    script_id BIGINT NOT NULL,
    started_at TIMESTAMP NOT NULL
);
CREATE INDEX ix_script_promise_started ON script_promise (started_at);

-- The department's edited tone rules per language; no row means Parley's shipped rules.
CREATE TABLE tone_rule_text (
    language VARCHAR(8) NOT NULL PRIMARY KEY,
    body VARCHAR(200000) NOT NULL,
    saved_at TIMESTAMP NOT NULL,
    saved_by VARCHAR(64) NOT NULL
);
