/** Import and export: readers (CSV, XLSX), header mapping, the row pipeline, import batches and undo. */
package io.vivier.importing;
