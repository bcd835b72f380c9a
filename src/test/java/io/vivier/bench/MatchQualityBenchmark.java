package io.vivier.bench;

import io.vivier.dedup.BlockingReport;
import io.vivier.dedup.MatchSettings;
import java.util.Locale;

/**
 * Matching quality on the labelled sets of ../shared/data/dedup with the default settings and no
 * labels: precision, recall and F1 over same-entity pairs, with the candidate pairs blocking kept.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=io.vivier.bench.MatchQualityBenchmark
 * </pre>
 *
 * Add {@code -Dexec.args=--verbose} for each set's blocking rules and fitted model.
 */
public final class MatchQualityBenchmark {

  private MatchQualityBenchmark() {}

  public static void main(String[] args) {
    boolean verbose = args.length > 0 && args[0].equals("--verbose");
    if (!LabelledSets.available()) {
      System.err.println("No labelled data at " + LabelledSets.ROOT.toAbsolutePath() + ": nothing to measure.");
      return;
    }
    System.out.println("| set | records | true pairs | candidate pairs | predicted pairs | precision | recall | F1 | time |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (LabelledSets.LabelledSet set : LabelledSets.ALL) {
      long start = System.nanoTime();
      LabelledSets.Score score = LabelledSets.run(set, MatchSettings.DEFAULTS);
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d | %.3f | %.3f | **%.3f** | %.1f s |%n", set.name(),
          score.result().records().size(), score.truePairs(), score.result().blocking().candidatePairs(), score.predictedPairs(),
          score.precision(), score.recall(), score.f1(), millis / 1000.0);
      if (verbose) {
        for (BlockingReport.RuleCount rule : score.result().blocking().rules()) {
          System.out.printf(Locale.ROOT, "    rule %-60s %,10d pairs, largest block %,d%s%n", rule.rule(), rule.pairs(), rule.largestBlock(),
              rule.oversizeBlocks() > 0 ? ", " + rule.oversizeBlocks() + " oversize" : "");
        }
        System.out.printf(Locale.ROOT, "    prior %.3g%n", score.result().model().prior());
        for (var f : score.result().model().fields()) {
          StringBuilder line = new StringBuilder("    " + f.name() + ":");
          for (int l = 0; l < f.levels().size(); l++) {
            line.append(String.format(Locale.ROOT, " %s m=%.3f u=%.4f w=%+.1f;", f.levels().get(l), f.m()[l], f.u()[l], f.weight(l)));
          }
          System.out.println(line);
        }
      }
    }
  }
}
