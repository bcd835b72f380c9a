/** People (prospects) and companies: fields and their rules, the People / Companies ports, REST and pages. */
package io.vivier.prospect;
