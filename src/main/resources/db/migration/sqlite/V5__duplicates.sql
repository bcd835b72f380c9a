-- Pairs of records that may be the same person or company, for review (SQLite).
-- Keep in step with ../postgresql/V5__duplicates.sql. A rejected pair is never proposed again.
CREATE TABLE duplicate_pairs (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  entity      TEXT    NOT NULL CHECK (entity IN ('person', 'company')),
  left_id     INTEGER NOT NULL,
  right_id    INTEGER NOT NULL CHECK (left_id < right_id),
  probability REAL    NOT NULL CHECK (probability BETWEEN 0 AND 1),
  weight      REAL    NOT NULL,
  explanation TEXT    NOT NULL CHECK (json_valid(explanation)),
  status      TEXT    NOT NULL CHECK (status IN ('pending', 'merged', 'rejected', 'obsolete')),
  found_by    TEXT    NOT NULL,
  found_at    TEXT    NOT NULL,
  decided_by  TEXT,
  decided_at  TEXT,
  merge_id    INTEGER REFERENCES merges (id),
  UNIQUE (entity, left_id, right_id)
);
CREATE INDEX duplicate_pairs_queue ON duplicate_pairs (entity, status, probability DESC, id);
CREATE INDEX duplicate_pairs_right ON duplicate_pairs (entity, right_id);
