-- "My day" shows the acknowledgement of every complaint a user took.
CREATE INDEX ix_complaint_recorded_by ON complaint (recorded_by);
