package io.vivier.dedup;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The review queue of possible duplicates. */
public interface DuplicatePairs {

  /**
   * Adds pairs to the queue, or refreshes their score when they are there and still undecided; a
   * pair rejected or merged once is left alone. Returns how many were added or refreshed.
   */
  int propose(Collection<DuplicatePair.Proposal> proposals, String foundBy, Instant at);

  Optional<DuplicatePair> find(long id);

  /** Pending pairs of {@code entity}, most probable first. */
  List<DuplicatePair> pending(String entity, int limit);

  long countPending(String entity);

  /** Records a decision on a pending pair; false when it was no longer pending. */
  boolean decide(long id, DuplicatePair.Status status, String by, Instant at, Long mergeId);

  /** Marks the pending pairs that involve one of these records obsolete (the record was merged away). */
  int obsolete(String entity, Collection<Long> recordIds, Instant at);
}
