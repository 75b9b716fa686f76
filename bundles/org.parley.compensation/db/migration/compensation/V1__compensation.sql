-- The compensation catalogue: every saved version immutable, its text the catalogue JSON file (CatalogueFile).
CREATE SEQUENCE gesture_catalogue_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE gesture_budget_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE gesture_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE gesture_catalogue (
    id BIGINT NOT NULL PRIMARY KEY,
    catalogue_version INTEGER NOT NULL,
    body VARCHAR(1000000) NOT NULL,
    saved_at TIMESTAMP NOT NULL,
    saved_by VARCHAR(64) NOT NULL,
    -- two admins saving on the same version at once: the second is refused here
    CONSTRAINT uq_gesture_catalogue_version UNIQUE (catalogue_version)
);

-- What a team may spend in a period; a team's periods never overlap (checked on save).
CREATE TABLE gesture_budget (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    team VARCHAR(64) NOT NULL,
    period_from DATE NOT NULL,
    period_to DATE NOT NULL,
    amount DECIMAL(14, 2) NOT NULL
);
CREATE INDEX ix_gesture_budget_team ON gesture_budget (team, period_from);

-- A gesture on a case, pinned to the catalogue version of its item.
CREATE TABLE gesture (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    case_id BIGINT NOT NULL REFERENCES conflict_case (id),
    client_id BIGINT NOT NULL REFERENCES client (id),
    catalogue_version INTEGER NOT NULL,
    item_code VARCHAR(40) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    gesture_value DECIMAL(14, 2),
    currency VARCHAR(3),
    cost DECIMAL(14, 2) NOT NULL,
    promised_date DATE,
    state VARCHAR(16) NOT NULL,
    approval_role VARCHAR(20) NOT NULL,
    root_cause VARCHAR(40),
    team VARCHAR(64) NOT NULL,
    over_budget BOOLEAN NOT NULL,
    over_client_limit BOOLEAN NOT NULL,
    proposed_by VARCHAR(64) NOT NULL,
    proposed_at TIMESTAMP NOT NULL,
    decided_by VARCHAR(64),
    decided_at TIMESTAMP,
    override_reason VARCHAR(2000),
    reason VARCHAR(2000),
    note VARCHAR(2000),
    -- the promise to give it, made when the client accepts; kept when it is fulfilled
    commitment_id BIGINT,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX ix_gesture_case ON gesture (case_id);
CREATE INDEX ix_gesture_client ON gesture (client_id, proposed_at);
CREATE INDEX ix_gesture_proposed ON gesture (proposed_at);
CREATE INDEX ix_gesture_state ON gesture (state, proposed_at);
