-- A case feeds at most one lesson; linked while the case is still open, not only when it is resolved.
CREATE TABLE case_lesson (
    case_id BIGINT NOT NULL PRIMARY KEY REFERENCES conflict_case (id),
    lesson_id BIGINT NOT NULL REFERENCES lesson (id),
    linked_at TIMESTAMP NOT NULL,
    linked_by VARCHAR(64) NOT NULL
);
CREATE INDEX ix_case_lesson_lesson ON case_lesson (lesson_id);
