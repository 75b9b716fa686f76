-- The complaint log's tables. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
-- Linked to the core model by the case's and client's id; core tables are never changed here.
-- Sequences step by 50 because the JPA mappings preallocate ids in blocks of 50.
CREATE SEQUENCE complaint_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE complaint_policy_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_deadline_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_pause_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_transfer_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE investigation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE lesson_seq START WITH 50 INCREMENT BY 50;

-- One complaint as received: the client's own words, verbatim, and the channel's reference.
CREATE TABLE complaint (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    case_id BIGINT NOT NULL REFERENCES conflict_case (id),
    client_id BIGINT NOT NULL REFERENCES client (id),
    channel VARCHAR(40) NOT NULL,
    channel_reference VARCHAR(500),
    received_at TIMESTAMP NOT NULL,
    client_words VARCHAR(20000) NOT NULL,
    recorded_by VARCHAR(64) NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    -- a likely duplicate found at bulk intake, waiting for an agent to merge it or keep it apart
    suspected_duplicate_of BIGINT REFERENCES complaint (id),
    merged_from_case_id BIGINT
);
CREATE INDEX ix_complaint_case ON complaint (case_id);
CREATE INDEX ix_complaint_client_channel ON complaint (client_id, channel, received_at);
CREATE INDEX ix_complaint_received ON complaint (received_at);
CREATE INDEX ix_complaint_suspected ON complaint (suspected_duplicate_of);

-- Deadline policy per channel and severity (NULL = any); times in business minutes.
CREATE TABLE complaint_policy (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    channel VARCHAR(40),
    severity VARCHAR(12),
    acknowledge_minutes INTEGER NOT NULL,
    first_callback_minutes INTEGER NOT NULL,
    resolve_minutes INTEGER NOT NULL
);

-- The department's working-day calendar: exactly one row (id 1).
CREATE TABLE work_calendar (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    zone_id VARCHAR(64) NOT NULL,
    working_days VARCHAR(40) NOT NULL,
    day_start TIME NOT NULL,
    day_end TIME NOT NULL
);

CREATE TABLE work_holiday (
    holiday_date DATE NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);

-- A running deadline of a case: acknowledge, first call-back, resolve.
CREATE TABLE case_deadline (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    case_id BIGINT NOT NULL REFERENCES conflict_case (id),
    kind VARCHAR(20) NOT NULL,
    started_at TIMESTAMP NOT NULL,
    business_minutes INTEGER NOT NULL,
    due_at TIMESTAMP NOT NULL,
    met_at TIMESTAMP,
    breached_at TIMESTAMP,
    escalated BOOLEAN NOT NULL,
    CONSTRAINT uq_case_deadline UNIQUE (case_id, kind)
);
CREATE INDEX ix_case_deadline_due ON case_deadline (due_at, met_at);

-- Time spent waiting for the client: deadlines do not run meanwhile.
CREATE TABLE case_pause (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    case_id BIGINT NOT NULL REFERENCES conflict_case (id),
    paused_at TIMESTAMP NOT NULL,
    resumed_at TIMESTAMP
);
CREATE INDEX ix_case_pause_case ON case_pause (case_id);

-- Organisational levels (0 = front line); the names admins give them.
CREATE TABLE escalation_level (
    org_level INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

-- Every move of a case between levels or owners, with its reason.
CREATE TABLE case_transfer (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    case_id BIGINT NOT NULL REFERENCES conflict_case (id),
    from_level INTEGER NOT NULL,
    to_level INTEGER NOT NULL,
    from_owner VARCHAR(64),
    to_owner VARCHAR(64),
    reason VARCHAR(2000) NOT NULL,
    automatic BOOLEAN NOT NULL,
    transferred_at TIMESTAMP NOT NULL,
    actor VARCHAR(64) NOT NULL
);
CREATE INDEX ix_case_transfer_case ON case_transfer (case_id);

-- Root-cause categories, configured by admins.
CREATE TABLE root_cause (
    code VARCHAR(40) NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    position INTEGER NOT NULL,
    active BOOLEAN NOT NULL
);

-- What happened, kept apart from how the client felt about it.
CREATE TABLE investigation (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    case_id BIGINT NOT NULL REFERENCES conflict_case (id),
    facts VARCHAR(20000),
    client_emotions VARCHAR(20000),
    root_cause VARCHAR(40) REFERENCES root_cause (code),
    process_steps VARCHAR(4000),
    conclusion VARCHAR(20000),
    opened_at TIMESTAMP NOT NULL,
    opened_by VARCHAR(64) NOT NULL,
    closed_at TIMESTAMP,
    closed_by VARCHAR(64),
    CONSTRAINT uq_investigation_case UNIQUE (case_id)
);
CREATE INDEX ix_investigation_root_cause ON investigation (root_cause);

CREATE TABLE investigation_evidence (
    investigation_id BIGINT NOT NULL REFERENCES investigation (id),
    position INTEGER NOT NULL,
    description VARCHAR(2000) NOT NULL,
    reference VARCHAR(1000),
    added_by VARCHAR(64) NOT NULL,
    added_at TIMESTAMP NOT NULL,
    PRIMARY KEY (investigation_id, position)
);

CREATE TABLE investigation_staff (
    investigation_id BIGINT NOT NULL REFERENCES investigation (id),
    position INTEGER NOT NULL,
    staff_login VARCHAR(64) NOT NULL,
    process_step VARCHAR(200),
    at_fault BOOLEAN NOT NULL,
    disciplinary_note VARCHAR(4000),
    PRIMARY KEY (investigation_id, position)
);

-- The register of lessons learnt: one corrective action per root cause found.
CREATE TABLE lesson (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    root_cause VARCHAR(40) NOT NULL REFERENCES root_cause (code),
    title VARCHAR(200) NOT NULL,
    owner_login VARCHAR(64),
    corrective_action VARCHAR(4000),
    action_status VARCHAR(20) NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- How a case ended and the message the client was sent.
CREATE TABLE case_resolution (
    case_id BIGINT NOT NULL PRIMARY KEY REFERENCES conflict_case (id),
    version BIGINT NOT NULL,
    outcome VARCHAR(20) NOT NULL,
    remedy VARCHAR(4000),
    remedy_use VARCHAR(4000),
    explanation VARCHAR(20000),
    justification VARCHAR(4000),
    changes VARCHAR(4000),
    closing_language VARCHAR(8) NOT NULL,
    closing_message VARCHAR(20000) NOT NULL,
    lesson_id BIGINT REFERENCES lesson (id),
    resolved_at TIMESTAMP NOT NULL,
    resolved_by VARCHAR(64) NOT NULL
);
CREATE INDEX ix_case_resolution_lesson ON case_resolution (lesson_id);

-- Closing-message templates an admin changed; shipped templates apply where no row exists.
CREATE TABLE closing_template (
    outcome VARCHAR(20) NOT NULL,
    language VARCHAR(8) NOT NULL,
    version BIGINT NOT NULL,
    body VARCHAR(20000) NOT NULL,
    changed_by VARCHAR(64) NOT NULL,
    changed_at TIMESTAMP NOT NULL,
    PRIMARY KEY (outcome, language)
);
