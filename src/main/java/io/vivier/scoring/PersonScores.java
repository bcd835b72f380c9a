package io.vivier.scoring;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The stored scores of people, with their explanations, and the trained conversion model. */
public interface PersonScores {

  /** A score ready to store: its explanation as stored and a hash of all it stores, to skip rewriting it unchanged. */
  record Row(PersonScore score, Long icpId, String explanation, long hash) {}

  /** Writes these scores (replacing earlier ones); {@code icpId} of each: the ICP it was scored against. */
  void saveAll(List<Row> rows);

  /** The hashes of the stored scores of these people (ascending ids). */
  Map<Long, Long> hashes(long[] ids);

  Optional<PersonScore> find(long personId);

  /** The stored scores of these people that have one. */
  Map<Long, PersonScore> findAll(Collection<Long> personIds);

  /** Those of these people (ascending ids) that the MQL rule already moved once. */
  Set<Long> movedToMql(long[] ids);

  /** Notes that the MQL rule moved these people, so that it never fires for them again. */
  void markMovedToMql(Collection<Long> personIds, Instant at);

  /** How many people have a stored score, and how many by grade. */
  Map<String, Long> countByGrade();

  /** A trained model as stored. */
  record StoredModel(String name, String model, int won, int lost, double auc, Instant trainedAt) {}

  void saveModel(StoredModel model);

  Optional<StoredModel> model(String name);
}
