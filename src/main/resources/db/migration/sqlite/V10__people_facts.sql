-- The facts filters and facets read most, one narrow row a person (SQLite). Keep in step with
-- ../postgresql/V10__people_facts.sql.
--
-- A person row is wide (names, search text, JSON): a filter over a million of them read ~140,000
-- entries of a covering index and joined each to its company, 190 ms for a typical count. Here a
-- person's stage, country, seniority, function, source, owner, flags and their company's head
-- count, range, industry and country sit in ~50 bytes, read without a join (docs/BENCHMARKS.md).
--
-- The score is not here: it is computed by Vivier and lives with its explanation in person_scores
-- (V9), which scoring writes anyway; filters and lists by score join it. Kept out of the wide people
-- row (a rescore rewrote every row and each of its indexes) and out of these facts (a rescore
-- rewrote each of their rows and indexes too).
--
-- The triggers below keep this table true whichever path writes people, companies or activities
-- (imports, merges and their undo, the API, erasure): no writer has to remember it.
CREATE TABLE people_facts (
  person_id       INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
  stage           TEXT    NOT NULL,
  country         TEXT,
  seniority       TEXT,
  job_function    TEXT,
  source          TEXT,
  owner_id        INTEGER,
  free_mail       INTEGER,
  email_bounced   INTEGER NOT NULL DEFAULT 0,
  company_id      INTEGER,
  employees       INTEGER,
  employee_range  TEXT,
  industry        TEXT,
  company_country TEXT
);

INSERT INTO people_facts (person_id, stage, country, seniority, job_function, source, owner_id, free_mail, email_bounced,
                          company_id, employees, employee_range, industry, company_country)
SELECT p.id, p.stage, p.country, p.seniority, p.job_function, p.source, p.owner_id, p.free_mail,
       EXISTS (SELECT 1 FROM activities a WHERE a.person_id = p.id AND a.type = 'EMAIL_BOUNCED'),
       p.company_id, c.employees, c.employee_range, c.industry, c.country
FROM people p LEFT JOIN companies c ON c.id = p.company_id;

-- Lists by score, best first.
CREATE INDEX person_scores_score ON person_scores (score DESC, person_id);
-- A company's change reaches its people.
CREATE INDEX people_facts_company ON people_facts (company_id) WHERE company_id IS NOT NULL;
-- SQLite answers a query on one thread and cannot combine indexes: this covering index holds the
-- facts filters name most, in that order (stage, then seniority, country, head count, bounce, free
-- mail, owner), so a filter on them reads only the ranges it keeps (IN on the leading columns,
-- skip-scan past a missing one once ANALYZE ran) without a row: a count over a million people in
-- ~10 ms rather than ~120 ms (docs/BENCHMARKS.md). Kept narrow (~35 bytes an entry), so that it stays in
-- the page cache while an import writes it. PostgreSQL has the same index.
CREATE INDEX people_facts_filter ON people_facts (stage, seniority, country, employees, email_bounced, free_mail, owner_id);

-- The score left people: a score never computed by Vivier (imported, or typed before scores were
-- computed) is kept as the attribute lead_score, as imports now keep another tool's score.
UPDATE people SET attributes = json_set(attributes, '$.lead_score', score)
WHERE score IS NOT NULL AND id NOT IN (SELECT person_id FROM person_scores)
  AND json_type(attributes, '$.lead_score') IS NULL;
-- The covering indexes of V8 are replaced by people_facts.
DROP INDEX people_score;
DROP INDEX people_filter;
DROP INDEX companies_filter;
ALTER TABLE people DROP COLUMN score;

CREATE TRIGGER people_facts_insert AFTER INSERT ON people
BEGIN
  INSERT INTO people_facts (person_id, stage, country, seniority, job_function, source, owner_id, free_mail, email_bounced,
                            company_id, employees, employee_range, industry, company_country)
  SELECT NEW.id, NEW.stage, NEW.country, NEW.seniority, NEW.job_function, NEW.source, NEW.owner_id, NEW.free_mail,
         EXISTS (SELECT 1 FROM activities a WHERE a.person_id = NEW.id AND a.type = 'EMAIL_BOUNCED'),
         NEW.company_id, c.employees, c.employee_range, c.industry, c.country
  FROM (SELECT 1) LEFT JOIN companies c ON c.id = NEW.company_id;
END;

CREATE TRIGGER people_facts_update AFTER UPDATE ON people
WHEN NEW.stage IS NOT OLD.stage OR NEW.country IS NOT OLD.country OR NEW.seniority IS NOT OLD.seniority
  OR NEW.job_function IS NOT OLD.job_function OR NEW.source IS NOT OLD.source OR NEW.owner_id IS NOT OLD.owner_id
  OR NEW.free_mail IS NOT OLD.free_mail OR NEW.company_id IS NOT OLD.company_id OR NEW.id IS NOT OLD.id
BEGIN
  UPDATE people_facts
  SET person_id = NEW.id, stage = NEW.stage, country = NEW.country, seniority = NEW.seniority, job_function = NEW.job_function,
      source = NEW.source, owner_id = NEW.owner_id, free_mail = NEW.free_mail, company_id = NEW.company_id,
      (employees, employee_range, industry, company_country) =
        (SELECT c.employees, c.employee_range, c.industry, c.country FROM (SELECT 1) LEFT JOIN companies c ON c.id = NEW.company_id)
  WHERE person_id = OLD.id;
END;

CREATE TRIGGER people_facts_company_update AFTER UPDATE ON companies
WHEN NEW.employees IS NOT OLD.employees OR NEW.employee_range IS NOT OLD.employee_range OR NEW.industry IS NOT OLD.industry
  OR NEW.country IS NOT OLD.country OR NEW.id IS NOT OLD.id
BEGIN
  UPDATE people_facts
  SET company_id = NEW.id, employees = NEW.employees, employee_range = NEW.employee_range, industry = NEW.industry,
      company_country = NEW.country
  WHERE company_id = OLD.id;
END;

CREATE TRIGGER people_facts_company_delete AFTER DELETE ON companies
BEGIN
  UPDATE people_facts SET company_id = NULL, employees = NULL, employee_range = NULL, industry = NULL, company_country = NULL
  WHERE company_id = OLD.id;
END;

CREATE TRIGGER people_facts_bounce_insert AFTER INSERT ON activities
WHEN NEW.type = 'EMAIL_BOUNCED'
BEGIN
  UPDATE people_facts SET email_bounced = 1 WHERE person_id = NEW.person_id;
END;

CREATE TRIGGER people_facts_bounce_delete AFTER DELETE ON activities
WHEN OLD.type = 'EMAIL_BOUNCED'
BEGIN
  UPDATE people_facts
  SET email_bounced = EXISTS (SELECT 1 FROM activities a WHERE a.person_id = OLD.person_id AND a.type = 'EMAIL_BOUNCED')
  WHERE person_id = OLD.person_id;
END;

CREATE TRIGGER people_facts_bounce_update AFTER UPDATE ON activities
WHEN (OLD.type = 'EMAIL_BOUNCED' OR NEW.type = 'EMAIL_BOUNCED')
  AND (NEW.type IS NOT OLD.type OR NEW.person_id IS NOT OLD.person_id)
BEGIN
  UPDATE people_facts
  SET email_bounced = EXISTS (SELECT 1 FROM activities a WHERE a.person_id = people_facts.person_id AND a.type = 'EMAIL_BOUNCED')
  WHERE person_id IN (OLD.person_id, NEW.person_id);
END;
