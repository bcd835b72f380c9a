/**
 * Normalisers and validators for contact data: text, e-mail (syntax and flags), phone, country
 * (codes and names), SIREN/SIRET, domains, job titles, head counts, legal forms, consent values
 * and dates. Plain Java with no Spring and no dependency on other features: where an answer names
 * a constant of another feature's enum (a job function, a consent status), it is the constant's
 * name as a String. Word lists live in {@code src/main/resources/quality/}.
 */
package io.vivier.quality;
