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
  }

  /** The explanation of the pair, whose {@link Explanation#probability()} is the score. */
  public Explanation score(Record a, Record b) {
    PreparedRecords records = PreparedRecords.withStatistics(model.schema(), List.of(a, b), model.statistics());
    return new PairScorer(records, comparisons, model).explain(0, 1);
  }

  public MatchModel model() {
    return model;
  }
}
