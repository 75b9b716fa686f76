-- A bundle's own table, linked to core data by the case id only.
CREATE SEQUENCE case_tag_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE case_tag (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    case_id BIGINT NOT NULL REFERENCES conflict_case (id),
    label VARCHAR(80) NOT NULL
);
