-- The team a user works in: gesture budgets and spend reports are kept per team.
ALTER TABLE parley_user ADD COLUMN team VARCHAR(64) DEFAULT '' NOT NULL;
