-- Import batches (SQLite). Keep in step with ../postgresql/V2__imports.sql.

CREATE TABLE import_batches (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  file_name         TEXT    NOT NULL,
  file_size         INTEGER,
  format            TEXT,
  source            TEXT,
  policy            TEXT    NOT NULL CHECK (policy IN ('FILL', 'OVERWRITE', 'NEWEST')),
  default_country   TEXT,
  mapping           TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(mapping)),
  status            TEXT    NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED', 'UNDONE')),
  rows_total        INTEGER,
  rows_done         INTEGER NOT NULL DEFAULT 0,
  created           INTEGER NOT NULL DEFAULT 0,
  updated           INTEGER NOT NULL DEFAULT 0,
  merged            INTEGER NOT NULL DEFAULT 0,
  unchanged         INTEGER NOT NULL DEFAULT 0,
  rejected          INTEGER NOT NULL DEFAULT 0,
  warnings          INTEGER NOT NULL DEFAULT 0,
  companies_created INTEGER NOT NULL DEFAULT 0,
  companies_updated INTEGER NOT NULL DEFAULT 0,
  error             TEXT,
  created_by        TEXT    NOT NULL,
  started_at        TEXT    NOT NULL,
  heartbeat_at      TEXT    NOT NULL,
  finished_at       TEXT,
  undone_at         TEXT,
  undone_by         TEXT
);
CREATE INDEX import_batches_started ON import_batches (started_at);

-- What a batch wrote, for undo: created id ranges, and the before-image of each updated record.
CREATE TABLE import_changes (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  batch_id  INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
  entity    TEXT    NOT NULL CHECK (entity IN ('person', 'company')),
  op        TEXT    NOT NULL CHECK (op IN ('create', 'update')),
  first_id  INTEGER NOT NULL,
  last_id   INTEGER NOT NULL,
  version   INTEGER,
  before    TEXT CHECK (before IS NULL OR json_valid(before))
);
CREATE INDEX import_changes_batch ON import_changes (batch_id, id);

-- Rejected rows and warnings, as read, for the report.
CREATE TABLE import_issues (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  batch_id  INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
  row_no    INTEGER NOT NULL,
  rejected  INTEGER NOT NULL,
  issues    TEXT    NOT NULL CHECK (json_valid(issues)),
  cells     TEXT    NOT NULL CHECK (json_valid(cells))
);
CREATE INDEX import_issues_batch ON import_issues (batch_id, row_no);

-- Named column mappings a team reuses for files of the same shape.
CREATE TABLE import_profiles (
  name       TEXT PRIMARY KEY,
  mapping    TEXT NOT NULL CHECK (json_valid(mapping)),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
