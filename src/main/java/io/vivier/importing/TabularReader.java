package io.vivier.importing;

import java.util.List;

/**
 * Reads a table (CSV or a spreadsheet sheet) row by row, without loading the file in memory.
 * Not thread-safe. Errors that make the file unreadable are thrown as {@link ImportFileException}.
 */
public interface TabularReader extends AutoCloseable {

  /** The header row's cells, trimmed; empty names are given as "column N" (1-based). */
  List<String> header();

  /** The next data row, or null after the last one. Entirely blank rows are skipped. */
  RawRow next();

  /** What was detected, for the user: e.g. "CSV, ';'-delimited, windows-1252, with BOM". */
  String description();

  @Override
  void close();
}
