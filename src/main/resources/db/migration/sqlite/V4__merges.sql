-- Merges of duplicate records (SQLite). Keep in step with ../postgresql/V4__merges.sql.
-- Each merge keeps the full before-image of every record and what moved, so unmerge can restore them.
CREATE TABLE merges (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  entity      TEXT    NOT NULL CHECK (entity IN ('person', 'company')),
  survivor_id INTEGER NOT NULL,
  merged_ids  TEXT    NOT NULL CHECK (json_valid(merged_ids)),
  before      TEXT    NOT NULL CHECK (json_valid(before)),
  decisions   TEXT    NOT NULL CHECK (json_valid(decisions)),
  moved       TEXT    NOT NULL CHECK (json_valid(moved)),
  survivor_version INTEGER NOT NULL,
  reason      TEXT,
  merged_by   TEXT    NOT NULL,
  merged_at   TEXT    NOT NULL,
  undone_by   TEXT,
  undone_at   TEXT
);
CREATE INDEX merges_survivor ON merges (entity, survivor_id);
