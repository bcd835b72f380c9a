package io.vivier.prospect;

/** How a field's value is read from input, checked and stored. See {@link FieldRules}. */
public enum FieldKind {
  TEXT,
  EMAIL,
  PHONE,
  LINKEDIN_URL,
  CHOICE,
  INTEGER,
  COUNTRY,
  SIREN,
  SIRET,
  DOMAIN,
  NAF_CODE,
  TAGS,
  ATTRIBUTES,
  OWNER,
  COMPANY
}
