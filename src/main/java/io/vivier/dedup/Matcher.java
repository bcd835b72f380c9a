package io.vivier.dedup;

import java.util.List;

/**
 * Scores and explains one pair of records with a fitted, frozen model: how an incoming record
 * (an import row, an API write) is compared with the candidates a database query found, without
 * refitting anything. Value and word frequencies come from the model (see {@link MatchModel#save}).
 * Thread-safe.
 */
public final class Matcher {

  private final MatchModel model;
  private final List<Comparison> comparisons;

  public Matcher(MatchModel model) {
    this.model = model;
    this.comparisons = Comparisons.forSchema(model.schema());
    for (int c = 0; c < comparisons.size(); c++) {
      List<String> expected = comparisons.get(c).levels();
      List<String> fitted = c < model.fields().size() ? model.fields().get(c).levels() : List.of();
      if (!expected.equals(fitted)) {
        throw new IllegalArgumentException("the model was fitted by another version of the matching engine ("
            + comparisons.get(c).name() + " has levels " + expected + ", the model " + fitted + ")");
      }
    }
  }

  /** The explanation of the pair, whose {@link Explanation#probability()} is the score. */
  public Explanation score(Record a, Record b) {
    PreparedRecords records = PreparedRecords.withStatistics(model.schema(), List.of(a, b), model.statistics());
    return new PairScorer(records, comparisons, model).explain(0, 1);
  }

  /** The explanations of {@code a} against each of {@code others}, in order, prepared together once. */
  public List<Explanation> scoreAll(Record a, List<Record> others) {
    List<Record> all = new java.util.ArrayList<>(others.size() + 1);
    all.add(a);
    all.addAll(others);
    PreparedRecords records = PreparedRecords.withStatistics(model.schema(), all, model.statistics());
    PairScorer scorer = new PairScorer(records, comparisons, model);
    List<Explanation> explanations = new java.util.ArrayList<>(others.size());
    for (int i = 1; i < all.size(); i++) {
      explanations.add(scorer.explain(0, i));
    }
    return explanations;
  }

  public MatchModel model() {
    return model;
  }
}
