-- Fewer index entries a row, for bulk imports: columns that are often empty get partial indexes
-- (a lookup "col = ?" or "col IN (…)" implies "col IS NOT NULL", so they still serve it), and the
-- index on people's last names, which no query uses, goes.
DROP INDEX people_last_name;
DROP INDEX people_phone_e164;
DROP INDEX people_mobile_e164;
DROP INDEX people_owner;
DROP INDEX people_external_id;
DROP INDEX people_email_key;
CREATE INDEX people_email_key ON people (email_key) WHERE email_key IS NOT NULL;
CREATE INDEX people_phone_e164 ON people (phone_e164) WHERE phone_e164 IS NOT NULL;
CREATE INDEX people_mobile_e164 ON people (mobile_e164) WHERE mobile_e164 IS NOT NULL;
CREATE INDEX people_owner ON people (owner_id) WHERE owner_id IS NOT NULL;
CREATE INDEX people_external_id ON people (external_id) WHERE external_id IS NOT NULL;

DROP INDEX companies_domain;
DROP INDEX companies_siren;
DROP INDEX companies_siret;
DROP INDEX companies_external_id;
CREATE INDEX companies_domain ON companies (domain) WHERE domain IS NOT NULL;
CREATE INDEX companies_siren ON companies (siren) WHERE siren IS NOT NULL;
CREATE INDEX companies_siret ON companies (siret) WHERE siret IS NOT NULL;
CREATE INDEX companies_external_id ON companies (external_id) WHERE external_id IS NOT NULL;

-- An import that writes a record again finds the change holding its before-image by id.
CREATE INDEX import_changes_record ON import_changes (batch_id, entity, first_id);
