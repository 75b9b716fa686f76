-- Problem clients: terminations with their hand confirmations, expectations set before a contract, admin settings.
CREATE SEQUENCE termination_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE client_expectations_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE termination (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    client_id BIGINT NOT NULL REFERENCES client (id),
    state VARCHAR(16) NOT NULL,
    reason VARCHAR(2000) NOT NULL,
    started_by VARCHAR(64) NOT NULL,
    started_at TIMESTAMP NOT NULL,
    letter VARCHAR(20000),
    letter_language VARCHAR(8),
    ended_by VARCHAR(64),
    ended_at TIMESTAMP,
    override_reason VARCHAR(2000),
    reversed_by VARCHAR(64),
    reversed_at TIMESTAMP,
    reversal_reason VARCHAR(2000)
);
CREATE INDEX ix_termination_client ON termination (client_id, started_at);
CREATE INDEX ix_termination_state ON termination (state, ended_at);

CREATE TABLE termination_confirmation (
    termination_id BIGINT NOT NULL REFERENCES termination (id),
    condition_id VARCHAR(64) NOT NULL,
    confirmed_by VARCHAR(64) NOT NULL,
    confirmed_at TIMESTAMP NOT NULL,
    note VARCHAR(2000),
    PRIMARY KEY (termination_id, condition_id)
);

CREATE TABLE client_expectations (
    id BIGINT NOT NULL PRIMARY KEY,
    client_id BIGINT NOT NULL REFERENCES client (id),
    deadline DATE NOT NULL,
    scope VARCHAR(4000) NOT NULL,
    price VARCHAR(200) NOT NULL,
    contact_person VARCHAR(200) NOT NULL,
    contact_number VARCHAR(64) NOT NULL,
    confirmed_by_client BOOLEAN NOT NULL,
    red_flags VARCHAR(2000) NOT NULL,
    note VARCHAR(4000),
    recorded_by VARCHAR(64) NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX ix_client_expectations ON client_expectations (client_id, recorded_at);

-- key = value settings an admin changes (window, thresholds per indicator, attempts needed)
CREATE TABLE termination_setting (
    setting_key VARCHAR(100) NOT NULL PRIMARY KEY,
    setting_value VARCHAR(200) NOT NULL
);
