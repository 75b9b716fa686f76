-- Custom fields that admins define on clients and cases, and their values. Portable SQL: H2 2.x and PostgreSQL 13+.
CREATE SEQUENCE custom_field_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE custom_field (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    -- CLIENT or CASE
    target VARCHAR(8) NOT NULL,
    code VARCHAR(40) NOT NULL,
    -- TEXT, NUMBER, DATE or CHOICE
    field_type VARCHAR(8) NOT NULL,
    label_en VARCHAR(200) NOT NULL,
    label_ru VARCHAR(200),
    label_ro VARCHAR(200),
    label_pl VARCHAR(200),
    -- the choices of a CHOICE field, one per line, in display order
    choices VARCHAR(21000),
    required BOOLEAN NOT NULL,
    active BOOLEAN NOT NULL,
    position INTEGER NOT NULL,
    CONSTRAINT uq_custom_field_code UNIQUE (target, code)
);

-- One row per field and owner (a client's or a case's id, as the field's target says); only the column of the
-- field's type is set. Choices have their own short column so that equality filters use an index.
CREATE TABLE custom_field_value (
    field_id BIGINT NOT NULL REFERENCES custom_field (id),
    owner_id BIGINT NOT NULL,
    text_value VARCHAR(1000),
    choice_value VARCHAR(100),
    number_value DECIMAL(24, 6),
    date_value DATE,
    PRIMARY KEY (field_id, owner_id)
);
-- an owner's values, read by the editors and exports
CREATE INDEX ix_custom_value_owner ON custom_field_value (owner_id, field_id);
-- the navigator's filters: equality on a choice, ranges on numbers and dates
CREATE INDEX ix_custom_value_choice ON custom_field_value (field_id, choice_value, owner_id);
CREATE INDEX ix_custom_value_number ON custom_field_value (field_id, number_value, owner_id);
CREATE INDEX ix_custom_value_date ON custom_field_value (field_id, date_value, owner_id);
