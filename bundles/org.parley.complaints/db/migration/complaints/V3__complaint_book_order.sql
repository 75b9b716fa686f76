-- The complaint book reads complaints in the order received; this index serves that order and its keyset paging.
CREATE INDEX ix_complaint_book ON complaint (received_at, id);
