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
}
