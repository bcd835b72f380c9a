package io.vivier.dedup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The log of merges, for unmerge and for the history of a record. */
public interface Merges {

  /** Records a merge (its id is ignored); returns it with its id. */
  Merge insert(Merge merge);

  Optional<Merge> find(long id);

  /** Newest first; {@code entity} "person" or "company", null for both. */
  List<Merge> list(String entity, int limit);

  void markUndone(long id, String by, Instant at);
}
