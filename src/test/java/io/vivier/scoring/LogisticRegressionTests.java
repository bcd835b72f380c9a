package io.vivier.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vivier.activity.ActivityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogisticRegressionTests {

  @Test
  void recoversTheWeightsOfAKnownModel() {
    Random random = new Random(1);
    int n = 20_000;
    double[][] x = new double[n][2];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      x[i][0] = random.nextGaussian();
      x[i][1] = random.nextGaussian();
      double p = LogisticRegression.sigmoid(-0.5 + 2.0 * x[i][0] - 1.0 * x[i][1]);
      y[i] = random.nextDouble() < p ? 1 : 0;
    }

    double[] w = LogisticRegression.fit(x, y, 0.01);

    assertThat(w[0]).isCloseTo(-0.5, within(0.1));
    assertThat(w[1]).isCloseTo(2.0, within(0.1));
    assertThat(w[2]).isCloseTo(-1.0, within(0.1));
  }

  @Test
  void separableDataDoesNotDivergeThanksToThePenalty() {
    double[][] x = {{0}, {1}, {2}, {3}};
    int[] y = {0, 0, 1, 1};

    double[] w = LogisticRegression.fit(x, y, 1.0);

    assertThat(w[1]).isPositive().isFinite();
    assertThat(LogisticRegression.probability(w, new double[] {3})).isGreaterThan(LogisticRegression.probability(w, new double[] {0}));
  }

  @Test
  void aucCountsPairsInOrderAndTiesHalf() {
    assertThat(LogisticRegression.auc(new double[] {0.1, 0.4, 0.35, 0.8}, new int[] {0, 0, 1, 1})).isEqualTo(0.75);
    assertThat(LogisticRegression.auc(new double[] {0.5, 0.5}, new int[] {0, 1})).isEqualTo(0.5);
    assertThat(LogisticRegression.auc(new double[] {0.1, 0.9}, new int[] {0, 1})).isEqualTo(1.0);
  }

  @Test
  void aucMatchesTheCountOfAllPairs() {
    Random random = new Random(7);
    for (int run = 0; run < 50; run++) {
      int n = 2 + random.nextInt(60);
      double[] scores = new double[n];
      int[] labels = new int[n];
      for (int i = 0; i < n; i++) {
        scores[i] = random.nextInt(10) / 10.0;
        labels[i] = i < 1 ? 0 : i < 2 ? 1 : random.nextInt(2);
      }
      double pairs = 0;
      double favourable = 0;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (labels[i] == 1 && labels[j] == 0) {
            pairs++;
            favourable += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
          }
        }
      }
      assertThat(LogisticRegression.auc(scores, labels)).isCloseTo(favourable / pairs, within(1e-12));
    }
  }

  // --- the conversion model on synthetic history with a known signal ------------------------

  static List<ConversionModel.Example> history(int won, int lost, long seed) {
    Random random = new Random(seed);
    List<ConversionModel.Example> examples = new ArrayList<>();
    long id = 1;
    while (won > 0 || lost > 0) {
      boolean decider = random.nextBoolean();
      int meetings = random.nextInt(4);
      // the known signal: deciders with meetings win far more often
      double p = LogisticRegression.sigmoid(-2 + 1.8 * (decider ? 1 : 0) + 0.9 * meetings);
      boolean isWon = random.nextDouble() < p;
      if (isWon ? won-- <= 0 : lost-- <= 0) {
        continue;
      }
      int[] counts = new int[ActivityType.values().length];
      counts[ActivityType.MEETING.ordinal()] = meetings;
      counts[ActivityType.EMAIL_OPENED.ordinal()] = random.nextInt(5);
      examples.add(new ConversionModel.Example(id++, decider ? Set.of("decision maker") : Set.of(),
          random.nextBoolean() ? "executive" : "manager", random.nextBoolean() ? "Salon" : "Site web", (long) random.nextInt(500),
          counts, isWon));
    }
    return examples;
  }

  @Test
  void theConversionModelFindsAKnownSignalOnHeldOutHistory() {
    ConversionModel.Training training = ConversionModel.train(history(1_500, 1_500, 3), List.of("decision maker", "other rule"));

    assertThat(training.model()).isNotNull();
    assertThat(training.model().auc()).as(training.message()).isGreaterThan(0.75);
    assertThat(training.message()).startsWith("trained on 1500 won and 1500 lost; AUC 0.");
    assertThat(training.model().strongest(2)).extracting(l -> l.get("feature"))
        .containsExactlyInAnyOrder("rule: decision maker", "activities: meeting");
    ConversionModel reread = ConversionModel.fromJson(training.model().toJson());
    ConversionModel.Example someone = history(1, 1, 9).get(0);
    assertThat(reread.probability(someone)).isEqualTo(training.model().probability(someone));
  }

  @Test
  void noSignalGivesAnAucNearOneHalf() {
    Random random = new Random(5);
    List<ConversionModel.Example> examples = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      int[] counts = new int[ActivityType.values().length];
      counts[ActivityType.MEETING.ordinal()] = random.nextInt(4);
      examples.add(new ConversionModel.Example(i, Set.of(), "manager", "Salon", 100L, counts, random.nextBoolean()));
    }

    ConversionModel.Training training = ConversionModel.train(examples, List.of());

    assertThat(training.model().auc()).isBetween(0.42, 0.58);
  }

  @Test
  void belowTheDataThresholdItSaysSoInsteadOfGuessing() {
    ConversionModel.Training training = ConversionModel.train(history(12, 30, 4), List.of());

    assertThat(training.model()).isNull();
    assertThat(training.message()).startsWith("not enough history: 12 won, 30 lost, needs 200 of each");
  }
}
