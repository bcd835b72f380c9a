package io.vivier.dedup;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Two records that may be the same person or company ({@code leftId} &lt; {@code rightId}), with
 * the match probability and its explanation (each field's contribution: field, level, weight,
 * note), waiting for a decision or decided.
 */
public record DuplicatePair(
    long id,
    String entity,
    long leftId,
    long rightId,
    double probability,
    double weight,
    List<Map<String, Object>> explanation,
    Status status,
    String foundBy,
    Instant foundAt,
    String decidedBy,
    Instant decidedAt,
    Long mergeId) {

  /** Where a pair stands: proposed, merged, rejected (never proposed again), or obsolete (one record went). */
  public enum Status {
    PENDING,
    MERGED,
    REJECTED,
    OBSOLETE
  }

  /** A pair a matching run found. */
  public record Proposal(String entity, long a, long b, double probability, double weight, List<Map<String, Object>> explanation) {}
}
