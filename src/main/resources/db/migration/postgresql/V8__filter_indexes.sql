-- Filters over a large base (PostgreSQL). Keep in step with ../sqlite/V8__filter_indexes.sql.
-- A filter reads the people's columns it names; people rows are wide (names, search text, JSON), so
-- a scan of a million of them reads ~700 MB. These covering indexes hold the columns filters and
-- facets use most: a filter on them can be answered by an index-only scan (measured in
-- docs/BENCHMARKS.md). Stage leads, as the most common condition. The index on stage alone stays:
-- the people list filtered by stage walks it in id order, without sorting. Score is left out: a
-- full rescore rewrites it for everyone (measured on SQLite: 71.6 s with it, 25.6 s without, on a
-- million people); filters on score use people_score (V7).
CREATE INDEX people_filter ON people (stage, country, seniority, job_function, source, owner_id, free_mail, company_id) INCLUDE (id);
CREATE INDEX companies_filter ON companies (id) INCLUDE (employees, employee_range, industry, country);
