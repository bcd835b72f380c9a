/** ICP rules, fit / engagement / timing scores, grades, explanations, the MQL rule and the conversion model. */
package io.vivier.scoring;
