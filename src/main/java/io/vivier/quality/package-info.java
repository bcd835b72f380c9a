/** Normalisers and validators for contact data: text, e-mail, phone, country, SIREN/SIRET, domains. */
package io.vivier.quality;
