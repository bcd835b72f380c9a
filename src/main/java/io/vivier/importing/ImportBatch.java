package io.vivier.importing;

import java.time.Instant;

/**
 * An import as recorded: where it came from, how it was read and what it did.
 *
 * @param rowsTotal data rows in the file (known once it has been read through)
 * @param rowsDone rows processed so far, for progress
 */
public record ImportBatch(
    long id,
    String fileName,
    Long fileSize,
    String format,
    String source,
    ImportPolicy policy,
    String defaultCountry,
    String mappingJson,
    Status status,
    Long rowsTotal,
    long rowsDone,
    Counts counts,
    String error,
    String createdBy,
    Instant startedAt,
    Instant heartbeatAt,
    Instant finishedAt,
    Instant undoneAt,
    String undoneBy) {

  /** Where a batch is in its life. */
  public enum Status {
    RUNNING,
    COMPLETED,
    FAILED,
    UNDONE
  }

  /**
   * What a batch did. {@code merged}: rows folded into a record another row of the same file
   * created or updated; {@code unchanged}: rows that matched a record and brought nothing new.
   */
  public record Counts(
      long read,
      long created,
      long updated,
      long merged,
      long unchanged,
      long rejected,
      long warnings,
      long companiesCreated,
      long companiesUpdated) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Counts plus(Counts o) {
      return new Counts(
          read + o.read,
          created + o.created,
          updated + o.updated,
          merged + o.merged,
          unchanged + o.unchanged,
          rejected + o.rejected,
          warnings + o.warnings,
          companiesCreated + o.companiesCreated,
          companiesUpdated + o.companiesUpdated);
    }
  }
}
