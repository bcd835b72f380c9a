package io.vivier.dedup;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A merge of duplicate records into a survivor, as logged: the before-image of every record
 * ({@code beforeJson}), which record and rule gave each field ({@code decisions}), and which
 * child records moved from each merged record ({@code moved}: kind → merged id → ids), so it can
 * be undone. {@code survivorVersion} is the survivor's version right after the merge.
 */
public record Merge(
    long id,
    String entity,
    long survivorId,
    List<Long> mergedIds,
    String beforeJson,
    List<Map<String, Object>> decisions,
    Map<String, Map<String, List<Long>>> moved,
    long survivorVersion,
    String reason,
    String mergedBy,
    Instant mergedAt,
    String undoneBy,
    Instant undoneAt) {

  public boolean undone() {
    return undoneAt != null;
  }
}
