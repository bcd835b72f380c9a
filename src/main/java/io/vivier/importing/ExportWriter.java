package io.vivier.importing;

import java.util.List;

/**
 * Writes an export file row by row, holding no more than a few rows in memory. Not thread-safe.
 * Call {@link #header} once, then {@link #row} for each record, then {@link #close} to finish the
 * file; the output stream itself is left open for its owner to close. Write errors are thrown as
 * {@link java.io.UncheckedIOException}.
 *
 * <p>Values are typed: {@code String}, {@code Number}, {@code Boolean}, {@code Instant},
 * {@code LocalDate}, {@code List} (tags, technologies), {@code Map} (attributes), or null for
 * empty. CSV and XLSX neutralise text cells with {@link Cells#neutralise}; numbers are never
 * neutralised.
 */
public interface ExportWriter extends AutoCloseable {

  /**
   * Writes the column names.
   *
   * @throws IllegalStateException when called twice
   */
  void header(List<String> names);

  /**
   * Writes one record, a value per header column.
   *
   * @throws IllegalStateException before {@link #header}
   * @throws IllegalArgumentException when the number of values differs from the header's
   */
  void row(List<?> values);

  /** Finishes the file (an XLSX is only readable after this) and flushes it to the stream. */
  @Override
  void close();
}
