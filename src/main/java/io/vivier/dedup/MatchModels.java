package io.vivier.dedup;

import java.time.Instant;
import java.util.Optional;

/** The model the last scan fitted for each entity, kept in the base it was fitted on. */
public interface MatchModels {

  /** A saved model: its JSON ({@link MatchModel#toJson}), how many records it was fitted on, and when. */
  record Saved(String entity, String json, long records, Instant fittedAt) {}

  void save(Saved model);

  Optional<Saved> find(String entity);

  /** When the entity's model was fitted, without reading it; empty when there is none. */
  Optional<Instant> fittedAt(String entity);
}
