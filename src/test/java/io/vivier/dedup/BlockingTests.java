package io.vivier.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.bench.FrenchProspects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockingTests {

  /**
   * Blocking may only lose pairs that scoring every pair would put below the review threshold:
   * on small random files, every pair that all-pairs scoring puts at or above it must be among the
   * engine's scored pairs.
   */
  @Test
  void blockingLosesNoPairThatAllPairsScoringWouldReview() {
    for (long seed = 1; seed <= 4; seed++) {
      int n = 300 + (int) seed * 50;
      Dataset data = new FrenchProspects(seed).generate(n, 0.2, new int[n]);
      MatchResult result = new MatchEngine(MatchSettings.DEFAULTS, stage -> { }).dedupe(data);
      long[] found = result.pairs().clone();
      Arrays.sort(found);
      List<String> lost = new ArrayList<>();
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          double p = result.scorer().probability(a, b);
          if (p >= MatchSettings.DEFAULTS.review() && Arrays.binarySearch(found, CandidatePairs.pack(a, b)) < 0) {
            lost.add(data.records().get(a) + " ~ " + data.records().get(b) + " p=" + p);
          }
        }
      }
      assertThat(lost).as("seed %d", seed).isEmpty();
      assertThat(found.length).as("seed %d finds duplicates", seed).isGreaterThan(n / 10);
    }
  }

  @Test
  void everyRuleReportsItsPairsAndTheUnionHasNoRepeats() {
    Dataset data = new FrenchProspects(5).generate(2_000, 0.15, new int[2_000]);
    PreparedRecords records = PreparedRecords.of(data);
    List<BlockingRule> rules = BlockingRules.forSchema(records.schema());
    CandidatePairs candidates = Blocker.block(records, rules, Blocker.Settings.DEFAULTS);

    assertThat(candidates.report().rules()).extracting(BlockingReport.RuleCount::rule)
        .contains("Email", "Téléphone", "given name + surname (phonetic, either order)", "Nom (phonetic) + Code postal");
    long largest = candidates.report().rules().stream().mapToLong(BlockingReport.RuleCount::pairs).max().orElseThrow();
    long sum = candidates.report().rules().stream().mapToLong(BlockingReport.RuleCount::pairs).sum();
    assertThat((long) candidates.size()).isBetween(largest, sum);
    for (int p = 1; p < candidates.size(); p++) {
      assertThat(candidates.pairs()[p]).isGreaterThan(candidates.pairs()[p - 1]);
    }
    for (long pair : candidates.pairs()) {
      assertThat(CandidatePairs.first(pair)).isLessThan(CandidatePairs.second(pair));
    }
  }

  @Test
  void aLinkageComparesOnlyAcrossTheFiles() {
    Dataset left = new FrenchProspects(6).generate(500, 0.2, new int[500]);
    Dataset right = new FrenchProspects(6).generate(500, 0.2, new int[500]);
    MatchResult result = new MatchEngine(MatchSettings.DEFAULTS, stage -> { }).link(left, right);
    assertThat(result.pairs()).isNotEmpty();
    for (long pair : result.pairs()) {
      assertThat(result.records().isRight(CandidatePairs.first(pair))).isNotEqualTo(result.records().isRight(CandidatePairs.second(pair)));
    }
  }

  /**
   * A file where one row is repeated 100,000 times among ordinary rows: one oversize block per
   * rule, compared by sorted neighbourhood in bounded time, and the copies form one cluster.
   */
  @Test
  void hundredThousandIdenticalRowsFinishAsOneCluster() {
    int copies = 100_000;
    Dataset others = new FrenchProspects(1).generate(3_000, 0.1, new int[3_000]);
    List<String> values = List.of("Jean", "Dupont", "jean.dupont@acme.fr", "06 12 34 56 78", "Acme SAS", "75011", "Paris");
    List<Record> records = new ArrayList<>(others.records());
    records.addAll(Collections.nCopies(copies, new Record("copy", values)));
    MatchResult result = new MatchEngine(MatchSettings.DEFAULTS, stage -> { }).dedupe(new Dataset(others.schema(), records));

    int[] cluster = result.clusters().clusterOf();
    int first = cluster[others.size()];
    assertThat(Arrays.stream(cluster, others.size(), records.size()).allMatch(c -> c == first)).isTrue();
    assertThat(Arrays.stream(cluster, 0, others.size()).noneMatch(c -> c == first)).isTrue();
    assertThat(result.blocking().rules()).allSatisfy(rule -> {
      assertThat(rule.largestBlock()).isGreaterThanOrEqualTo(copies);
      assertThat(rule.oversizeBlocks()).isGreaterThanOrEqualTo(1);
    });
    int rules = result.blocking().rules().size();
    assertThat(result.blocking().candidatePairs()).isLessThan((long) rules * (copies + 3_000) * Blocker.Settings.DEFAULTS.window());
  }
}
