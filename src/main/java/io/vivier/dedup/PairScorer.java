package io.vivier.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores pairs of prepared records with a model: the weight is the prior weight plus, for each
 * comparison, log2(m / u) of the pair's level; an exact agreement on a field weighed by frequency
 * adds log2(u / frequency of the value), bounded to ±{@value #MAX_FREQUENCY_BITS} bits since the
 * frequency of a value seen twice says little. Level weights are tabulated once; scoring a pair
 * costs its comparisons. Thread-safe.
 */
public final class PairScorer {

  static final double MAX_FREQUENCY_BITS = 5;

  private final PreparedRecords records;
  private final List<Comparison> comparisons;
  private final MatchModel model;
  private final double[][] weights;
  private final double priorWeight;

  public PairScorer(PreparedRecords records, List<Comparison> comparisons, MatchModel model) {
    this.records = records;
    this.comparisons = comparisons;
    this.model = model;
    this.priorWeight = model.priorWeight();
    this.weights = new double[comparisons.size()][];
    for (int c = 0; c < comparisons.size(); c++) {
      FieldParameters f = model.fields().get(c);
      weights[c] = new double[f.levels().size()];
      for (int l = 0; l < weights[c].length; l++) {
        weights[c][l] = f.weight(l);
      }
    }
  }

  public long pattern(int a, int b) {
    return Patterns.of(comparisons, records, a, b);
  }

  /** The total weight (prior included) of a pair whose pattern is known. */
  public double weight(int a, int b, long pattern) {
    double w = priorWeight;
    for (int c = 0; c < weights.length; c++) {
      int level = Patterns.level(pattern, c);
      if (level >= 0) {
        w += weights[c][level] + (level == 0 ? frequencyBits(c, a) : 0);
      }
    }
    return w;
  }

  public double probability(int a, int b) {
    return MatchModel.probability(weight(a, b, pattern(a, b)));
  }

  public Explanation explain(int a, int b) {
    long pattern = pattern(a, b);
    List<Contribution> contributions = new ArrayList<>();
    for (int c = 0; c < weights.length; c++) {
      int level = Patterns.level(pattern, c);
      String name = comparisons.get(c).name();
      if (level < 0) {
        contributions.add(new Contribution(name, comparisons.get(c).missing(records, a, b), 0, null));
        continue;
      }
      double frequencyBits = level == 0 ? frequencyBits(c, a) : 0;
      String note = frequencyBits > 0.5 ? "rare value" : frequencyBits < -0.5 ? "common value" : null;
      contributions.add(new Contribution(name, comparisons.get(c).levels().get(level), weights[c][level] + frequencyBits, note));
    }
    double total = weight(a, b, pattern);
    return new Explanation(priorWeight, contributions, total, MatchModel.probability(total));
  }

  private double frequencyBits(int c, int a) {
    int column = comparisons.get(c).frequencyColumn();
    if (column < 0 || !model.fields().get(c).byFrequency()) {
      return 0;
    }
    double frequency = records.fields[column].frequency[a];
    double u = model.fields().get(c).u()[0];
    double bits = Math.log(u / frequency) / Math.log(2);
    return Math.max(-MAX_FREQUENCY_BITS, Math.min(MAX_FREQUENCY_BITS, bits));
  }

  PreparedRecords records() {
    return records;
  }
}
