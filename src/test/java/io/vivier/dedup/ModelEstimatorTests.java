package io.vivier.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The estimator on synthetic data whose parameters are known: entities with two records each,
 * category fields that a duplicate keeps with a known probability. For a category of K equally
 * likely values, u(exact) = 1/K and m(exact) = keep + (1 − keep)/K.
 */
class ModelEstimatorTests {

  private static final int ENTITIES = 3_000;
  private static final int BLOCKING_VALUES = 2_000;
  private static final int VALUES = 40;
  private static final double[] KEEP = {0.95, 0.95, 0.9, 0.8, 0.7};

  @Test
  void recoversKnownMAndUWithoutLabels() {
    SplittableRandom random = new SplittableRandom(1);
    List<Column> columns = new ArrayList<>();
    for (int f = 0; f < KEEP.length; f++) {
      columns.add(new Column("f" + f, FieldType.CATEGORY, "test"));
    }
    List<Record> records = new ArrayList<>();
    for (int e = 0; e < ENTITIES; e++) {
      String[] original = new String[KEEP.length];
      String[] copy = new String[KEEP.length];
      for (int f = 0; f < KEEP.length; f++) {
        int k = f < 2 ? BLOCKING_VALUES : VALUES;
        original[f] = "v" + random.nextInt(k);
        copy[f] = random.nextDouble() < KEEP[f] ? original[f] : "v" + random.nextInt(k);
      }
      records.add(new Record("e" + e + "a", List.of(original)));
      records.add(new Record("e" + e + "b", List.of(copy)));
    }
    PreparedRecords prepared = PreparedRecords.of(new Dataset(new Schema(columns), records));
    List<Comparison> comparisons = Comparisons.forSchema(prepared.schema());
    List<BlockingRule> rules = List.of(
        new BlockingRule("f0", List.of(BlockingRule.value(0)), Set.of(0)),
        new BlockingRule("f1", List.of(BlockingRule.value(1)), Set.of(1)));
    CandidatePairs candidates = Blocker.block(prepared, rules, Blocker.Settings.DEFAULTS);
    long[] patterns = new long[candidates.size()];
    for (int p = 0; p < patterns.length; p++) {
      patterns[p] = Patterns.of(comparisons, prepared, CandidatePairs.first(candidates.pairs()[p]), CandidatePairs.second(candidates.pairs()[p]));
    }

    MatchModel model = ModelEstimator.estimate(prepared, comparisons, candidates, patterns, 3);

    for (int f = 2; f < KEEP.length; f++) {
      FieldParameters parameters = model.fields().get(f);
      assertThat(parameters.u()[0]).as("u of f%d", f).isCloseTo(1.0 / VALUES, within(0.005));
      assertThat(parameters.m()[0]).as("m of f%d", f).isCloseTo(KEEP[f] + (1 - KEEP[f]) / VALUES, within(0.04));
    }
    // f0 learnt from the pairs of f1's rule and the reverse
    assertThat(model.fields().get(0).m()[0]).isCloseTo(0.95, within(0.04));
    // one match among the ENTITIES * (2 * ENTITIES - 1) possible pairs
    assertThat(model.prior()).isCloseTo(1.0 / (2 * ENTITIES - 1), within(0.3 / (2 * ENTITIES)));
  }

  @Test
  void aLevelOfFixedWeightKeepsItsWeightAndTheOthersTheirProportions() {
    Comparison colleagueLast = new Comparison() {
      public String name() { return "email"; }
      public int column() { return 0; }
      public List<String> levels() { return List.of("exact", "different", "colleague"); }
      public int level(PreparedRecords records, int a, int b) { return 0; }
      public int frequencyColumn() { return -1; }
      public double fixedWeight(int level) { return level == 2 ? -10 : Double.NaN; }
    };
    double[] u = {0.001, 0.9, 0.099};

    double[] m = ModelEstimator.pinned(new double[] {0.6, 0.2, 0.2}, u, colleagueLast);

    assertThat(Math.log(m[2] / u[2]) / Math.log(2)).isCloseTo(-10, within(1e-9));
    assertThat(m[0] + m[1] + m[2]).isCloseTo(1, within(1e-12));
    assertThat(m[0] / m[1]).isCloseTo(3, within(1e-9));
  }

  @Test
  void disagreementNeverCountsForAMatchNorLiftsTheLevelsAboveIt() {
    // every record in one area: random pairs almost never have "different" postcodes
    FieldParameters f = new FieldParameters("postcode", List.of("exact", "one edit", "same area", "different"),
        new double[] {0.5, 0.2, 0.2, 0.1}, new double[] {0.05, 0.45, 0.4999, 0.0001}, false);

    FieldParameters o = ModelEstimator.ordered(f);

    assertThat(o.weight(3)).isCloseTo(0, within(1e-9));
    assertThat(o.weight(1)).as("not below disagreement").isCloseTo(0, within(1e-9));
    assertThat(o.weight(2)).isCloseTo(0, within(1e-9));
    assertThat(o.weight(0)).isGreaterThan(o.weight(1));
  }

  @Test
  void labelledMatchesPullMTowardsWhatTheyShow() {
    FieldParameters f = new FieldParameters("f", List.of("exact", "different"), new double[] {0.5, 0.5}, new double[] {0.1, 0.9}, false);
    MatchModel model = new MatchModel(0.01, List.of(f), new Schema(List.of(new Column("f", FieldType.CATEGORY, "test"))), List.of(FieldStatistics.NONE));
    long exact = 1;
    long[] labelled = new long[90];
    java.util.Arrays.fill(labelled, exact);

    MatchModel refined = ModelEstimator.refine(model, labelled, 10);

    assertThat(refined.fields().get(0).m()[0]).isCloseTo((90 + 5) / 100.0, within(1e-9));
    assertThat(refined.fields().get(0).u()).containsExactly(0.1, 0.9);
  }
}
