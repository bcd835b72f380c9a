-- The matching model the last scan of the base fitted, per entity: imports score rows with it.
CREATE TABLE match_models (
  entity    TEXT PRIMARY KEY CHECK (entity IN ('person', 'company')),
  model     TEXT NOT NULL CHECK (json_valid(model)),
  records   INTEGER NOT NULL,
  fitted_at TEXT NOT NULL
);
