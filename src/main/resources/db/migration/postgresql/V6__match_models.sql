-- The matching model the last scan of the base fitted, per entity: imports score rows with it.
CREATE TABLE match_models (
  entity    TEXT PRIMARY KEY CHECK (entity IN ('person', 'company')),
  model     JSONB NOT NULL,
  records   INTEGER NOT NULL,
  fitted_at TIMESTAMPTZ NOT NULL
);
