package io.vivier.dedup;

import java.time.Instant;
import java.util.Optional;

/**
 * The matcher of the model the last scan fitted for one entity, read from the base once and again
 * only when a scan saves a newer one; none when there is no model, or when it cannot be used (then
 * said once in the log).
 */
final class SavedMatcher {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SavedMatcher.class);

  private final MatchModels models;
  private final String entity;
  private volatile Loaded loaded;

  private record Loaded(Instant fittedAt, Matcher matcher) {}

  SavedMatcher(MatchModels models, String entity) {
    this.models = models;
    this.entity = entity;
  }

  /** Looks for a newer model (a query: once a chunk, not a row); null when there is none to use. */
  Matcher refresh() {
    Optional<Instant> fittedAt = models.fittedAt(entity);
    if (fittedAt.isEmpty()) {
      return null;
    }
    Loaded current = loaded;
    if (current == null || !current.fittedAt().equals(fittedAt.get())) {
      Matcher matcher = null;
      try {
        matcher = new Matcher(MatchModel.fromJson(models.find(entity).orElseThrow().json()));
      } catch (RuntimeException e) {
        log.warn("the {} matching model cannot be used ({}); imports match on exact keys until 'vivier dedupe' fits a new one", entity,
            e.getMessage());
      }
      current = new Loaded(fittedAt.get(), matcher);
      loaded = current;
    }
    return current.matcher();
  }

  /** The matcher {@link #refresh} last found, without a query. */
  Matcher current() {
    Loaded current = loaded;
    return current == null ? null : current.matcher();
  }
}
