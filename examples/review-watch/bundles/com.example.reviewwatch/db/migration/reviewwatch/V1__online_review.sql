-- Public reviews linked to Parley clients by id; the client's record itself is never changed.
CREATE SEQUENCE reviewwatch_review_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE reviewwatch_review (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    client_id BIGINT NOT NULL REFERENCES client (id),
    source VARCHAR(60) NOT NULL,
    url VARCHAR(1000),
    posted_on DATE NOT NULL,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    author VARCHAR(200),
    text VARCHAR(4000) NOT NULL,
    answer VARCHAR(4000),
    answered_by VARCHAR(100),
    answered_at TIMESTAMP,
    imported_at TIMESTAMP NOT NULL
);
-- The indicator and the condition read one client's reviews by date.
CREATE INDEX reviewwatch_review_client ON reviewwatch_review (client_id, posted_on);
