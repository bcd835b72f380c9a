package io.vivier.dedup;

/**
 * The knobs of a match run. The defaults are measured (docs/BENCHMARKS.md, "Matching quality and
 * speed"), the same for every file: the auto-merge threshold with the best worst F1 over the
 * labelled sets ({@code MatchQualityBenchmark --sweep}); review from even odds.
 *
 * @param autoMerge pairs at or above this probability are merged into clusters
 * @param review pairs at or above this probability, and below auto-merge, go to review
 * @param cohesion the mean probability across two clusters needed to merge them (chaining guard)
 * @param blocking block size limit and sorted-neighbourhood window
 * @param seed for the random pairs that estimate u; a run is reproducible
 */
public record MatchSettings(double autoMerge, double review, double cohesion, Blocker.Settings blocking, long seed) {

  public static final MatchSettings DEFAULTS = new MatchSettings(0.95, 0.5, 0.5, Blocker.Settings.DEFAULTS, 42);

  public MatchSettings {
    if (!(review > 0 && review <= autoMerge && autoMerge < 1)) {
      throw new IllegalArgumentException("thresholds must satisfy 0 < review ≤ auto-merge < 1, got review " + review + ", auto-merge " + autoMerge);
    }
  }

  public MatchSettings withAutoMerge(double threshold) {
    return new MatchSettings(threshold, Math.min(review, threshold), cohesion, blocking, seed);
  }

  public MatchSettings withReview(double threshold) {
    return new MatchSettings(autoMerge, threshold, cohesion, blocking, seed);
  }
}
