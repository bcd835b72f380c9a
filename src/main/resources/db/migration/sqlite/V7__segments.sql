-- Saved segments, static lists, and what fast filters need (SQLite).
-- Keep in step with ../postgresql/V7__segments.sql.

-- A saved segment is a named filter, evaluated when used: always current.
CREATE TABLE segments (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  name       TEXT    NOT NULL UNIQUE,
  filter     TEXT    NOT NULL,
  created_by TEXT    NOT NULL,
  created_at TEXT    NOT NULL,
  updated_at TEXT    NOT NULL
);

-- A static list is a snapshot: the people put in it, until taken out.
CREATE TABLE lists (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  name       TEXT    NOT NULL UNIQUE,
  created_by TEXT    NOT NULL,
  created_at TEXT    NOT NULL,
  updated_at TEXT    NOT NULL
);

CREATE TABLE list_members (
  list_id   INTEGER NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  added_at  TEXT    NOT NULL,
  added_by  TEXT    NOT NULL,
  PRIMARY KEY (list_id, person_id)
) WITHOUT ROWID;
CREATE INDEX list_members_person ON list_members (person_id);

-- 1 when the e-mail is at a consumer provider (EmailFlags), written with every person; NULL until
-- computed for the people stored before this migration (done when the application starts).
ALTER TABLE people ADD COLUMN free_mail INTEGER;
CREATE INDEX people_free_mail_unknown ON people (id) WHERE free_mail IS NULL;

-- "email_bounced" reads the few bounced people at once.
CREATE INDEX activities_bounced ON activities (person_id) WHERE type = 'EMAIL_BOUNCED';

-- Lists of people by score, best first (NULL scores last: SQLite orders NULL lowest).
CREATE INDEX people_score ON people (score DESC, id);
