-- Parley core schema. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
-- Sequences step by 50 because the JPA mapping preallocates ids in blocks of 50.
CREATE SEQUENCE user_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE client_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE interaction_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE commitment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE parley_user (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    login VARCHAR(64) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    role VARCHAR(20) NOT NULL,
    org_level INTEGER NOT NULL,
    conflict_trained BOOLEAN NOT NULL,
    active BOOLEAN NOT NULL,
    CONSTRAINT uq_user_login UNIQUE (login)
);

CREATE TABLE client (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    name VARCHAR(200) NOT NULL,
    language VARCHAR(8) NOT NULL,
    notes VARCHAR(4000),
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX ix_client_name ON client (name);

CREATE TABLE client_contact (
    client_id BIGINT NOT NULL REFERENCES client (id),
    position INTEGER NOT NULL,
    channel VARCHAR(40) NOT NULL,
    address VARCHAR(320) NOT NULL,
    PRIMARY KEY (client_id, position)
);
CREATE INDEX ix_client_contact_address ON client_contact (address);

CREATE TABLE conflict_case (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    case_number VARCHAR(32) NOT NULL,
    title VARCHAR(200) NOT NULL,
    description VARCHAR(20000),
    status VARCHAR(24) NOT NULL,
    severity VARCHAR(12) NOT NULL,
    channel VARCHAR(40) NOT NULL,
    client_id BIGINT NOT NULL REFERENCES client (id),
    -- a copy of client.name, so the navigator can sort and filter a million cases without a join
    client_name VARCHAR(200) NOT NULL,
    owner_id BIGINT REFERENCES parley_user (id),
    level_arisen INTEGER NOT NULL,
    level_handling INTEGER NOT NULL,
    opened_at TIMESTAMP NOT NULL,
    acknowledged_at TIMESTAMP,
    closed_at TIMESTAMP,
    CONSTRAINT uq_case_number UNIQUE (case_number)
);
-- The navigator sorts and filters in SQL: every sortable column has an index.
CREATE INDEX ix_case_opened ON conflict_case (opened_at);
CREATE INDEX ix_case_status ON conflict_case (status, opened_at);
CREATE INDEX ix_case_severity ON conflict_case (severity, opened_at);
CREATE INDEX ix_case_title ON conflict_case (title);
CREATE INDEX ix_case_client ON conflict_case (client_id);
CREATE INDEX ix_case_client_name ON conflict_case (client_name);
CREATE INDEX ix_case_owner ON conflict_case (owner_id);

CREATE TABLE interaction (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    case_id BIGINT NOT NULL REFERENCES conflict_case (id),
    channel VARCHAR(40) NOT NULL,
    direction VARCHAR(10) NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    author_login VARCHAR(64) NOT NULL,
    client_words VARCHAR(20000),
    agent_summary VARCHAR(20000)
);
CREATE INDEX ix_interaction_case ON interaction (case_id, occurred_at);

CREATE TABLE commitment (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    case_id BIGINT NOT NULL REFERENCES conflict_case (id),
    kind VARCHAR(20) NOT NULL,
    description VARCHAR(2000) NOT NULL,
    due_at TIMESTAMP NOT NULL,
    owner_login VARCHAR(64) NOT NULL,
    state VARCHAR(10) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    settled_at TIMESTAMP,
    settled_note VARCHAR(2000)
);
CREATE INDEX ix_commitment_case ON commitment (case_id, due_at);
CREATE INDEX ix_commitment_owner ON commitment (owner_login, state, due_at);

CREATE TABLE audit_event (
    id BIGINT NOT NULL PRIMARY KEY,
    at TIMESTAMP NOT NULL,
    actor_login VARCHAR(64) NOT NULL,
    action VARCHAR(64) NOT NULL,
    entity_type VARCHAR(64) NOT NULL,
    entity_id BIGINT NOT NULL,
    before_state VARCHAR(20000),
    after_state VARCHAR(20000),
    reason VARCHAR(2000)
);
CREATE INDEX ix_audit_entity ON audit_event (entity_type, entity_id);
CREATE INDEX ix_audit_at ON audit_event (at);
