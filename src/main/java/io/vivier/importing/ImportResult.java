package io.vivier.importing;

import java.time.Duration;
import java.util.List;

/**
 * What an import did (or, for a dry run, would do).
 *
 * @param batch the batch id; null for a dry run
 * @param sampleIssues the first rejected rows and warnings, for a preview
 */
public record ImportResult(
    Long batch,
    boolean dryRun,
    String fileName,
    String description,
    List<ColumnMapping> mapping,
    ImportBatch.Counts counts,
    List<ImportBatches.Issue> sampleIssues,
    Duration elapsed) {

  /** Rows per second, end to end. */
  public double rowsPerSecond() {
    double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
    return counts.read() / seconds;
  }
}
