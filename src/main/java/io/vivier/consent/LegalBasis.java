package io.vivier.consent;

/** The GDPR article 6 legal basis under which a prospect's data is processed. */
public enum LegalBasis {
  CONSENT,
  LEGITIMATE_INTEREST,
  CONTRACT,
  LEGAL_OBLIGATION,
  VITAL_INTEREST,
  PUBLIC_TASK
}
