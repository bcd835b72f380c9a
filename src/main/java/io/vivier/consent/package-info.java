/** Consent and legal basis of processing; the consent ledger and erasure come here later. */
package io.vivier.consent;
