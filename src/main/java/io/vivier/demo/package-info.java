/**
 * {@code vivier demo}: a base of realistic French B2B prospects for trying Vivier out. A seeded
 * generator makes companies, people, stage changes and activities through the real services, so
 * every value passes the same validation as user input; the same seed gives the same base.
 *
 * <p>Landline numbers of French companies and people come from the ranges ARCEP reserves for
 * fiction (01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49) for as long as those last, so that
 * a demo base never rings a real office.
 */
package io.vivier.demo;
