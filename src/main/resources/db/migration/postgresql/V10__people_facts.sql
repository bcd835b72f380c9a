-- The facts filters and facets read most, one narrow row a person (PostgreSQL). Keep in step with
-- ../sqlite/V10__people_facts.sql, which says why.
--
-- Triggers keep it true whichever path writes people, companies or activities. On people they run
-- once a statement over its transition tables, so a bulk import pays one set-based write a
-- statement rather than a call a row.
CREATE TABLE people_facts (
  person_id       BIGINT  PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
  stage           TEXT    NOT NULL,
  country         TEXT,
  seniority       TEXT,
  job_function    TEXT,
  source          TEXT,
  owner_id        BIGINT,
  free_mail       INTEGER,
  email_bounced   INTEGER NOT NULL DEFAULT 0,
  company_id      BIGINT,
  employees       INTEGER,
  employee_range  TEXT,
  industry        TEXT,
  company_country TEXT
);

INSERT INTO people_facts (person_id, stage, country, seniority, job_function, source, owner_id, free_mail, email_bounced,
                          company_id, employees, employee_range, industry, company_country)
SELECT p.id, p.stage, p.country, p.seniority, p.job_function, p.source, p.owner_id, p.free_mail,
       CASE WHEN EXISTS (SELECT 1 FROM activities a WHERE a.person_id = p.id AND a.type = 'EMAIL_BOUNCED') THEN 1 ELSE 0 END,
       p.company_id, c.employees, c.employee_range, c.industry, c.country
FROM people p LEFT JOIN companies c ON c.id = p.company_id;

-- Lists by score, best first: the score lives with its explanation in person_scores (V9).
CREATE INDEX person_scores_score ON person_scores (score DESC, person_id);
CREATE INDEX people_facts_company ON people_facts (company_id) WHERE company_id IS NOT NULL;
-- The facts filters name most, in that order: a filter on them is an index-only scan of the
-- ranges it keeps (IN on the leading columns): a count over a million people in ~10 ms where a
-- parallel scan of the table took 130-170 ms (docs/BENCHMARKS.md). Index-only needs the
-- visibility map: a large import ends with VACUUM ANALYZE people_facts (autovacuum otherwise).
CREATE INDEX people_facts_filter ON people_facts (stage, seniority, country, employees, email_bounced, free_mail, owner_id);

-- A score never computed by Vivier is kept as the attribute lead_score (see the SQLite file).
UPDATE people SET attributes = jsonb_set(attributes, '{lead_score}', to_jsonb(score))
WHERE score IS NOT NULL AND id NOT IN (SELECT person_id FROM person_scores) AND (attributes -> 'lead_score') IS NULL;
DROP INDEX people_filter;
DROP INDEX companies_filter;
ALTER TABLE people DROP COLUMN score;

CREATE FUNCTION people_facts_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO people_facts (person_id, stage, country, seniority, job_function, source, owner_id, free_mail, email_bounced,
                            company_id, employees, employee_range, industry, company_country)
  SELECT n.id, n.stage, n.country, n.seniority, n.job_function, n.source, n.owner_id, n.free_mail,
         CASE WHEN EXISTS (SELECT 1 FROM activities a WHERE a.person_id = n.id AND a.type = 'EMAIL_BOUNCED') THEN 1 ELSE 0 END,
         n.company_id, c.employees, c.employee_range, c.industry, c.country
  FROM inserted n LEFT JOIN companies c ON c.id = n.company_id;
  RETURN NULL;
END $$;
CREATE TRIGGER people_facts_insert AFTER INSERT ON people
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION people_facts_insert();

-- Rows are paired by id: the application never changes a person's id.
CREATE FUNCTION people_facts_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE people_facts f
  SET stage = n.stage, country = n.country, seniority = n.seniority, job_function = n.job_function, source = n.source,
      owner_id = n.owner_id, free_mail = n.free_mail, company_id = n.company_id,
      employees = c.employees, employee_range = c.employee_range, industry = c.industry, company_country = c.country
  FROM updated n JOIN previous o ON o.id = n.id LEFT JOIN companies c ON c.id = n.company_id
  WHERE f.person_id = n.id
    AND (n.stage IS DISTINCT FROM o.stage OR n.country IS DISTINCT FROM o.country OR n.seniority IS DISTINCT FROM o.seniority
      OR n.job_function IS DISTINCT FROM o.job_function OR n.source IS DISTINCT FROM o.source
      OR n.owner_id IS DISTINCT FROM o.owner_id OR n.free_mail IS DISTINCT FROM o.free_mail
      OR n.company_id IS DISTINCT FROM o.company_id);
  RETURN NULL;
END $$;
CREATE TRIGGER people_facts_update AFTER UPDATE ON people
  REFERENCING OLD TABLE AS previous NEW TABLE AS updated FOR EACH STATEMENT EXECUTE FUNCTION people_facts_update();

CREATE FUNCTION people_facts_company() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE people_facts SET company_id = NULL, employees = NULL, employee_range = NULL, industry = NULL, company_country = NULL
    WHERE company_id = OLD.id;
  ELSE
    UPDATE people_facts
    SET employees = NEW.employees, employee_range = NEW.employee_range, industry = NEW.industry, company_country = NEW.country
    WHERE company_id = NEW.id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER people_facts_company_update AFTER UPDATE ON companies FOR EACH ROW
  WHEN (NEW.employees IS DISTINCT FROM OLD.employees OR NEW.employee_range IS DISTINCT FROM OLD.employee_range
    OR NEW.industry IS DISTINCT FROM OLD.industry OR NEW.country IS DISTINCT FROM OLD.country)
  EXECUTE FUNCTION people_facts_company();
CREATE TRIGGER people_facts_company_delete AFTER DELETE ON companies FOR EACH ROW EXECUTE FUNCTION people_facts_company();

CREATE FUNCTION people_facts_bounce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE people_facts SET email_bounced = 1 WHERE person_id = NEW.person_id AND email_bounced = 0;
  ELSE
    UPDATE people_facts f
    SET email_bounced = CASE WHEN EXISTS (SELECT 1 FROM activities a WHERE a.person_id = f.person_id AND a.type = 'EMAIL_BOUNCED')
                             THEN 1 ELSE 0 END
    WHERE f.person_id = OLD.person_id OR (TG_OP = 'UPDATE' AND f.person_id = NEW.person_id);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER people_facts_bounce_insert AFTER INSERT ON activities FOR EACH ROW
  WHEN (NEW.type = 'EMAIL_BOUNCED') EXECUTE FUNCTION people_facts_bounce();
CREATE TRIGGER people_facts_bounce_delete AFTER DELETE ON activities FOR EACH ROW
  WHEN (OLD.type = 'EMAIL_BOUNCED') EXECUTE FUNCTION people_facts_bounce();
CREATE TRIGGER people_facts_bounce_update AFTER UPDATE ON activities FOR EACH ROW
  WHEN ((OLD.type = 'EMAIL_BOUNCED' OR NEW.type = 'EMAIL_BOUNCED')
    AND (NEW.type IS DISTINCT FROM OLD.type OR NEW.person_id IS DISTINCT FROM OLD.person_id))
  EXECUTE FUNCTION people_facts_bounce();
