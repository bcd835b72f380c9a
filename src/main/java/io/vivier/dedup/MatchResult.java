package io.vivier.dedup;

import java.util.Map;

/**
 * The outcome of a match run.
 *
 * @param records the records as prepared (ids, and which file each came from)
 * @param pairs scored pairs at or above the review threshold, packed (see {@link CandidatePairs})
 * @param probability each of those pairs' probability
 * @param clusters the clusters
 * @param autoMergePairs pairs at or above the auto-merge threshold
 * @param reviewPairs pairs for review: in the middle band, or held back by the chaining guard
 * @param blocking what blocking did
 * @param model the fitted model
 * @param scorer scores and explains pairs of these records with the model
 * @param millis time of each stage in milliseconds, in order
 */
public record MatchResult(PreparedRecords records, long[] pairs, float[] probability, Clusters clusters, long autoMergePairs,
    long reviewPairs, BlockingReport blocking, MatchModel model, PairScorer scorer, Map<String, Long> millis) {

  public Explanation explain(long pair) {
    return scorer.explain(CandidatePairs.first(pair), CandidatePairs.second(pair));
  }
}
