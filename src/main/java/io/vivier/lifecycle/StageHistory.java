package io.vivier.lifecycle;

import java.time.Instant;
import java.util.List;

/** The stage history of prospects: every stage change, with who made it and why. */
public interface StageHistory {

  StageChange record(long personId, Stage from, Stage to, Instant at, String by, String reason);

  /** Oldest first. */
  List<StageChange> of(long personId);

  /** Records many changes as one batch (their ids are ignored), for imports. */
  void recordAll(List<StageChange> changes);

  /** Moves every stage change of person {@code from} to person {@code to} (a merge); returns the moved ids. */
  List<Long> reassign(long from, long to);

  /** Gives these stage changes back to {@code person} (an unmerge). */
  void assign(java.util.Collection<Long> ids, long person);

  /**
   * For each person whose history reaches one of {@code stages}, the first time it did: when a
   * prospect was won or lost, for learning from the base's history.
   */
  java.util.Map<Long, Instant> firstReached(java.util.Set<Stage> stages);
}
