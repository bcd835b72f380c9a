/** Lifecycle stages of prospects and their history. */
package io.vivier.lifecycle;
