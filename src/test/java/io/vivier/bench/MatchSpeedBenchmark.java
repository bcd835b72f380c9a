package io.vivier.bench;

import io.vivier.dedup.BlockingReport;
import io.vivier.dedup.Dataset;
import io.vivier.dedup.MatchEngine;
import io.vivier.dedup.MatchResult;
import io.vivier.dedup.MatchSettings;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * End-to-end deduplication speed on generated French prospects with 15 % duplicates (see
 * {@link FrenchProspects}): prepare, block, compare, fit, score, cluster, timed per stage, at
 * several sizes, with the candidate pairs and the pairwise precision and recall against the
 * generator's truth.
 *
 * <pre>
 * MAVEN_OPTS=-Xmx2g ./mvnw -q test-compile exec:java -Dexec.mainClass=io.vivier.bench.MatchSpeedBenchmark \
 *     -Dexec.args="100000 300000 1000000"
 * </pre>
 *
 * Generation is not timed. Timings on a shared machine vary: run twice and keep the second.
 */
public final class MatchSpeedBenchmark {

  private MatchSpeedBenchmark() {}

  public static void main(String[] args) {
    List<Integer> sizes = args.length == 0 ? List.of(100_000, 300_000, 1_000_000) : Arrays.stream(args).map(Integer::parseInt).toList();
    System.out.printf(Locale.ROOT, "heap max %,d MB, %d cores%n", Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
    System.out.println("| records | candidate pairs | auto-merge pairs | review pairs | clusters > 1 | precision | recall | stages (s) | total |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---|---:|");
    for (int size : sizes) {
      int[] entity = new int[size];
      Dataset data = new FrenchProspects(7).generate(size, 0.15, entity);
      System.gc();
      long start = System.nanoTime();
      MatchResult result = new MatchEngine(MatchSettings.DEFAULTS, stage -> System.err.println("  " + stage)).dedupe(data);
      long millis = (System.nanoTime() - start) / 1_000_000;
      double[] pr = precisionRecall(result.clusters().clusterOf(), entity);
      StringBuilder stages = new StringBuilder();
      result.millis().forEach((stage, ms) -> stages.append(String.format(Locale.ROOT, "%s %.1f, ", stage, ms / 1000.0)));
      System.out.printf(Locale.ROOT, "| %,d | %,d | %,d | %,d | %,d | %.3f | %.3f | %s | **%.1f s** |%n", size, result.blocking().candidatePairs(),
          result.autoMergePairs(), result.reviewPairs(), result.clusters().multiRecordClusters(), pr[0], pr[1],
          stages.substring(0, stages.length() - 2), millis / 1000.0);
      for (BlockingReport.RuleCount rule : result.blocking().rules()) {
        System.err.printf(Locale.ROOT, "    %-50s %,12d pairs, largest block %,d, oversize blocks %d%n", rule.rule(), rule.pairs(),
            rule.largestBlock(), rule.oversizeBlocks());
      }
    }
  }

  /** Pairwise precision and recall of clusters against the generator's entities. */
  static double[] precisionRecall(int[] cluster, int[] entity) {
    Map<Long, Long> both = new HashMap<>();
    Map<Long, Long> clusters = new HashMap<>();
    Map<Long, Long> entities = new HashMap<>();
    for (int i = 0; i < cluster.length; i++) {
      both.merge(((long) cluster[i] << 32) | entity[i], 1L, Long::sum);
      clusters.merge((long) cluster[i], 1L, Long::sum);
      entities.merge((long) entity[i], 1L, Long::sum);
    }
    double correct = pairs(both);
    double predicted = pairs(clusters);
    double truth = pairs(entities);
    return new double[] {predicted == 0 ? 1 : correct / predicted, truth == 0 ? 1 : correct / truth};
  }

  private static double pairs(Map<Long, Long> counts) {
    double pairs = 0;
    for (long n : counts.values()) {
      pairs += n * (n - 1) / 2.0;
    }
    return pairs;
  }
}
