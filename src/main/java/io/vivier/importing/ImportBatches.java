package io.vivier.importing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The record of import batches: their state, what they changed (for undo) and their issues. */
public interface ImportBatches {

  long start(ImportBatch batch);

  /** Adds a chunk's counts and the rows done; also the heartbeat that tells a live batch from a dead one. */
  void progress(long id, ImportBatch.Counts chunk, long rowsDone, Instant at);

  void setTotal(long id, long rowsTotal);

  void finish(long id, ImportBatch.Status status, String error, Instant at);

  void markUndone(long id, String by, Instant at);

  Optional<ImportBatch> find(long id);

  /** Newest first. */
  List<ImportBatch> list(int limit);

  /** Marks RUNNING batches whose heartbeat is older than {@code before} as FAILED; returns how many. */
  int failStale(Instant before);

  /** One thing a batch wrote. */
  record Change(String entity, String op, long firstId, long lastId, Long version, String beforeJson) {}

  void recordChanges(long batchId, List<Change> changes);

  /** Sets the version each record (id → version) had after the batch last wrote it. */
  void updateChangeVersions(long batchId, String entity, Map<Long, Long> versions);

  /** Newest first, so undo walks back in time. */
  List<Change> changes(long batchId);

  /** What a batch wrote, without the before-images: entity, op, first and last id of each change. */
  List<Change> touched(long batchId);

  /** A rejected row or a row with warnings, as read. */
  record Issue(long row, boolean rejected, List<RowIssue> issues, List<String> cells) {}

  void recordIssues(long batchId, List<Issue> issues);

  /** In row order. */
  void forEachIssue(long batchId, java.util.function.Consumer<Issue> consumer);

  /** A saved mapping: header → target. */
  record Profile(String name, java.util.Map<String, String> mapping, String createdBy, Instant updatedAt) {}

  void saveProfile(Profile profile);

  Optional<Profile> profile(String name);

  List<Profile> profiles();
}
