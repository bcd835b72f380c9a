-- ICPs and scores (SQLite). Keep in step with ../postgresql/V9__scoring.sql.

-- Ideal customer profiles: weighted rules in the filter language, one ICP per product line; the
-- default one scores people.score.
CREATE TABLE icps (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  name        TEXT    NOT NULL UNIQUE,
  description TEXT,
  is_default  INTEGER NOT NULL DEFAULT 0,
  rules       TEXT    NOT NULL CHECK (json_valid(rules)),
  updated_by  TEXT    NOT NULL,
  updated_at  TEXT    NOT NULL
);
CREATE UNIQUE INDEX icps_one_default ON icps (is_default) WHERE is_default = 1;

-- The last score of each person, with its parts and its explanation; people.score holds the total.
-- mql_at: when the MQL rule moved the person, so that it fires once. explanation_hash: of what is
-- stored, so that a full rescore rewrites only the scores that changed.
CREATE TABLE person_scores (
  person_id   INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
  icp_id      INTEGER REFERENCES icps (id) ON DELETE SET NULL,
  score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
  fit         INTEGER CHECK (fit IS NULL OR fit BETWEEN 0 AND 100),
  engagement  INTEGER NOT NULL CHECK (engagement BETWEEN 0 AND 100),
  timing      INTEGER NOT NULL CHECK (timing BETWEEN 0 AND 100),
  grade       TEXT,
  conversion  REAL CHECK (conversion IS NULL OR conversion BETWEEN 0 AND 1),
  explanation TEXT    NOT NULL CHECK (json_valid(explanation)),
  computed_at TEXT    NOT NULL,
  explanation_hash INTEGER NOT NULL DEFAULT 0,
  mql_at      TEXT
);

-- The conversion model trained on the base's won and lost history.
CREATE TABLE score_models (
  name       TEXT PRIMARY KEY,
  model      TEXT    NOT NULL CHECK (json_valid(model)),
  won        INTEGER NOT NULL,
  lost       INTEGER NOT NULL,
  auc        REAL    NOT NULL,
  trained_at TEXT    NOT NULL
);
