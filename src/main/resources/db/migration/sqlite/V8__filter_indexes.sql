-- Filters over a large base (SQLite). Keep in step with ../postgresql/V8__filter_indexes.sql.
-- A filter reads the people's columns it names; people rows are wide (names, search text, JSON), so
-- a scan of a million of them reads ~700 MB. These covering indexes hold the columns filters and
-- facets use most, ~40 bytes an entry: a filter on them reads the index instead of the rows
-- (measured in docs/BENCHMARKS.md). Stage leads, as the most common condition. The index on stage
-- alone stays: the people list filtered by stage walks it in id order, without sorting. Score is
-- left out: a full rescore rewrites it for everyone, and keeping it here made that 71.6 s instead
-- of 25.6 s on a million people (SQLite); filters on score use people_score (V7).
CREATE INDEX people_filter ON people (stage, country, seniority, job_function, source, owner_id, free_mail, company_id);
-- Joined from people by id: the company columns filters and facets use, without the wide rows.
CREATE INDEX companies_filter ON companies (id, employees, employee_range, industry, country);
