package io.vivier.importing;

import java.util.List;

/**
 * One data row as read from a file, before any cleaning.
 *
 * @param number the row's number as the user sees it in the file: for CSV the line number where
 *     the record starts (the header being line 1), for XLSX the sheet's row number
 * @param cells the cells as text, in column order; may be shorter or longer than the header
 *     (ragged rows are reported by the pipeline, not by the reader)
 */
public record RawRow(long number, List<String> cells) {}
