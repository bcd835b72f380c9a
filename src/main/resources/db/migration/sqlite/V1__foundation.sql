-- Vivier foundation schema (SQLite). Timestamps are ISO-8601 UTC text with milliseconds,
-- JSON columns are text checked with json_valid. Keep in step with ../postgresql/V1__foundation.sql.

CREATE TABLE users (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  username      TEXT    NOT NULL UNIQUE,
  display_name  TEXT,
  email         TEXT,
  password_hash TEXT    NOT NULL,
  role          TEXT    NOT NULL CHECK (role IN ('ADMIN', 'MARKETING', 'SALES')),
  enabled       INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT    NOT NULL,
  updated_at    TEXT    NOT NULL
);

CREATE TABLE api_tokens (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name         TEXT    NOT NULL,
  token_hash   TEXT    NOT NULL UNIQUE,
  prefix       TEXT    NOT NULL,
  created_at   TEXT    NOT NULL,
  last_used_at TEXT,
  expires_at   TEXT,
  revoked_at   TEXT
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE companies (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  name           TEXT    NOT NULL,
  name_key       TEXT    NOT NULL,
  domain         TEXT,
  siren          TEXT,
  siret          TEXT,
  naf_code       TEXT,
  industry       TEXT,
  employees      INTEGER,
  employee_range TEXT,
  revenue        INTEGER,
  technologies   TEXT CHECK (technologies IS NULL OR json_valid(technologies)),
  phone          TEXT,
  phone_e164     TEXT,
  linkedin_url   TEXT,
  street         TEXT,
  postcode       TEXT,
  city           TEXT,
  country        TEXT,
  source         TEXT,
  owner_id       INTEGER REFERENCES users (id) ON DELETE SET NULL,
  external_id    TEXT,
  attributes     TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(attributes)),
  search_text    TEXT    NOT NULL,
  created_at     TEXT    NOT NULL,
  updated_at     TEXT    NOT NULL,
  version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX companies_name_key ON companies (name_key);
CREATE INDEX companies_domain ON companies (domain);
CREATE INDEX companies_siren ON companies (siren);
CREATE INDEX companies_siret ON companies (siret);
CREATE INDEX companies_external_id ON companies (external_id);

CREATE TABLE people (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  first_name       TEXT,
  last_name        TEXT,
  email            TEXT,
  email_key        TEXT,
  phone            TEXT,
  phone_e164       TEXT,
  mobile           TEXT,
  mobile_e164      TEXT,
  job_title        TEXT,
  job_function     TEXT,
  seniority        TEXT,
  linkedin_url     TEXT,
  company_id       INTEGER REFERENCES companies (id) ON DELETE SET NULL,
  street           TEXT,
  postcode         TEXT,
  city             TEXT,
  country          TEXT,
  source           TEXT,
  source_detail    TEXT,
  owner_id         INTEGER REFERENCES users (id) ON DELETE SET NULL,
  stage            TEXT    NOT NULL DEFAULT 'LEAD' CHECK (stage IN ('LEAD', 'MQL', 'SQL', 'OPPORTUNITY',
                     'CUSTOMER', 'NURTURE', 'DISQUALIFIED', 'LOST', 'CHURNED')),
  score            INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 100),
  tags             TEXT CHECK (tags IS NULL OR json_valid(tags)),
  consent_email    TEXT,
  consent_phone    TEXT,
  legal_basis      TEXT,
  external_id      TEXT,
  attributes       TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(attributes)),
  search_text      TEXT    NOT NULL,
  created_at       TEXT    NOT NULL,
  updated_at       TEXT    NOT NULL,
  last_activity_at TEXT,
  version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX people_email_key ON people (email_key);
CREATE INDEX people_phone_e164 ON people (phone_e164);
CREATE INDEX people_mobile_e164 ON people (mobile_e164);
CREATE INDEX people_company ON people (company_id);
CREATE INDEX people_owner ON people (owner_id);
CREATE INDEX people_stage ON people (stage);
CREATE INDEX people_last_name ON people (last_name);
CREATE INDEX people_external_id ON people (external_id);

CREATE TABLE activities (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  person_id        INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  type             TEXT    NOT NULL,
  occurred_at      TEXT    NOT NULL,
  subject          TEXT,
  body             TEXT,
  outcome          TEXT,
  duration_seconds INTEGER,
  created_by       TEXT,
  created_at       TEXT    NOT NULL,
  metadata         TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(metadata))
);
CREATE INDEX activities_person_time ON activities (person_id, occurred_at, id);

CREATE TABLE stage_history (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  person_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  from_stage TEXT,
  to_stage   TEXT    NOT NULL,
  changed_at TEXT    NOT NULL,
  changed_by TEXT,
  reason     TEXT
);
CREATE INDEX stage_history_person ON stage_history (person_id, changed_at, id);

CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  at          TEXT    NOT NULL,
  actor       TEXT    NOT NULL,
  action      TEXT    NOT NULL,
  entity_type TEXT    NOT NULL,
  entity_id   INTEGER,
  changes     TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(changes))
);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, id);
CREATE INDEX audit_log_at ON audit_log (at);
