package io.vivier.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vivier.bench.LabelledSets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine, with the default settings and no labels, on the labelled sets of
 * ../shared/data/dedup: F1 must stay at or above the figures in docs/BENCHMARKS.md, less a small
 * margin. Skipped, saying so, when the shared folder is absent.
 */
class MatchQualityTests {

  /** F1 measured with MatchQualityBenchmark (docs/BENCHMARKS.md), by set name. */
  private static final Map<String, Double> MEASURED = Map.of(
      "FEBRL dataset1 (dedup)", 1.000,
      "FEBRL dataset2 (dedup)", 1.000,
      "FEBRL dataset4a × 4b (linkage)", 1.000,
      "Organisations (dedupe csv_example)", 0.901,
      "Restaurants (dedup)", 0.910,
      "Restaurants 1 × 2 (linkage)", 0.941);
  private static final double MARGIN = 0.01;

  @Test
  void f1StaysAtTheMeasuredFiguresOnEveryLabelledSet() {
    assumeTrue(LabelledSets.available(), "no labelled data at " + LabelledSets.ROOT.toAbsolutePath() + " (../shared/data/dedup): skipped");
    for (LabelledSets.LabelledSet set : LabelledSets.ALL) {
      LabelledSets.Score score = LabelledSets.run(set, MatchSettings.DEFAULTS);
      assertThat(score.f1()).as("%s: precision %.3f recall %.3f", set.name(), score.precision(), score.recall())
          .isGreaterThanOrEqualTo(MEASURED.get(set.name()) - MARGIN);
    }
  }
}
