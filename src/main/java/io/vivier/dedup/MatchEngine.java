package io.vivier.dedup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Deduplicates one dataset or links two, end to end: prepare, block, compare, fit the model,
 * score, cluster. Stateless; each run fits its own model on its data.
 */
public final class MatchEngine {

  private final MatchSettings settings;
  private final Consumer<String> progress;

  /** @param progress told the name of each stage as it starts, for people watching */
  public MatchEngine(MatchSettings settings, Consumer<String> progress) {
    this.settings = settings;
    this.progress = progress;
  }

  public MatchResult dedupe(Dataset data) {
    return dedupe(data, List.of());
  }

  /**
   * @param confirmedMatches pairs of records (of the data's schema) a person confirmed as one
   *     entity, such as the before-images of reviewed merges: they refine m after the estimation
   *     without labels (see {@link ModelEstimator#refine})
   */
  public MatchResult dedupe(Dataset data, List<Record[]> confirmedMatches) {
    Stopwatch watch = new Stopwatch();
    progress.accept("preparing " + data.size() + " records");
    PreparedRecords records = PreparedRecords.of(data);
    watch.lap("prepare");
    return run(records, watch, confirmedMatches);
  }

  /** Links two datasets of the same schema: only pairs with one record from each are compared. */
  public MatchResult link(Dataset left, Dataset right) {
    Stopwatch watch = new Stopwatch();
    progress.accept("preparing " + left.size() + " + " + right.size() + " records");
    PreparedRecords records = PreparedRecords.of(left, right);
    watch.lap("prepare");
    return run(records, watch, List.of());
  }

  /** How many pairs the estimate without labels is worth when labelled pairs refine it. */
  static final double ESTIMATE_WEIGHT = 100;

  /** The model with m refined by the level patterns of confirmed pairs, prepared with the model's frequencies. */
  static MatchModel refined(MatchModel model, List<Comparison> comparisons, List<Record[]> confirmedMatches) {
    if (confirmedMatches.isEmpty()) {
      return model;
    }
    List<Record> flat = new java.util.ArrayList<>(confirmedMatches.size() * 2);
    for (Record[] pair : confirmedMatches) {
      flat.add(pair[0]);
      flat.add(pair[1]);
    }
    PreparedRecords labelled = PreparedRecords.withStatistics(model.schema(), flat, model.statistics());
    long[] patterns = new long[confirmedMatches.size()];
    for (int i = 0; i < patterns.length; i++) {
      patterns[i] = Patterns.of(comparisons, labelled, 2 * i, 2 * i + 1);
    }
    return ModelEstimator.refine(model, patterns, ESTIMATE_WEIGHT);
  }

  private MatchResult run(PreparedRecords records, Stopwatch watch, List<Record[]> confirmedMatches) {
    List<Comparison> comparisons = Comparisons.forSchema(records.schema());
    if (comparisons.isEmpty()) {
      throw new IllegalArgumentException("no column to compare: every column is the id or ignored");
    }
    progress.accept("blocking");
    CandidatePairs candidates = Blocker.block(records, BlockingRules.forSchema(records.schema()), settings.blocking());
    watch.lap("block");
    progress.accept("comparing " + candidates.size() + " candidate pairs");
    long[] pairs = candidates.pairs();
    long[] patterns = new long[pairs.length];
    List<Comparison> cs = comparisons;
    IntStream.range(0, pairs.length).parallel().forEach(p ->
        patterns[p] = Patterns.of(cs, records, CandidatePairs.first(pairs[p]), CandidatePairs.second(pairs[p])));
    watch.lap("compare");
    progress.accept("fitting the model");
    MatchModel model = refined(ModelEstimator.estimate(records, comparisons, candidates, patterns, settings.seed()), comparisons,
        confirmedMatches);
    watch.lap("estimate");
    progress.accept("scoring");
    PairScorer scorer = new PairScorer(records, comparisons, model);
    float[] all = new float[pairs.length];
    IntStream.range(0, pairs.length).parallel().forEach(p ->
        all[p] = (float) MatchModel.probability(scorer.weight(CandidatePairs.first(pairs[p]), CandidatePairs.second(pairs[p]), patterns[p])));
    int kept = 0;
    int auto = 0;
    for (float p : all) {
      kept += p >= settings.review() ? 1 : 0;
      auto += p >= settings.autoMerge() ? 1 : 0;
    }
    long[] keptPairs = new long[kept];
    float[] keptProbability = new float[kept];
    long[] autoPairs = new long[auto];
    float[] autoProbability = new float[auto];
    for (int p = 0, k = 0, a = 0; p < pairs.length; p++) {
      if (all[p] >= settings.review()) {
        keptPairs[k] = pairs[p];
        keptProbability[k++] = all[p];
      }
      if (all[p] >= settings.autoMerge()) {
        autoPairs[a] = pairs[p];
        autoProbability[a++] = all[p];
      }
    }
    watch.lap("score");
    progress.accept("clustering");
    Clusters clusters = new Clusterer(scorer, settings.cohesion()).cluster(records.size(), autoPairs, autoProbability);
    watch.lap("cluster");
    long review = kept - auto + clusters.heldBack().length;
    return new MatchResult(records, keptPairs, keptProbability, clusters, auto, review, candidates.report(), model, scorer, watch.laps);
  }

  private static final class Stopwatch {
    private final Map<String, Long> laps = new LinkedHashMap<>();
    private long start = System.nanoTime();

    void lap(String stage) {
      long now = System.nanoTime();
      laps.put(stage, (now - start) / 1_000_000);
      start = now;
    }
  }
}
