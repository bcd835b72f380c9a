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
 * Add {@code -Dexec.args=--verbose} for each set's blocking rules and fitted model, or
 * {@code -Dexec.args=--sweep} for F1 on every set over a grid of auto-merge thresholds and cohesion
 * values: how the defaults were chosen (the best worst F1, one setting for all sets).
 */
public final class MatchQualityBenchmark {

  private MatchQualityBenchmark() {}

  private static void sweep() {
    System.out.println("auto-merge, cohesion: F1 per set in order (" + String.join("; ", LabelledSets.ALL.stream().map(LabelledSets.LabelledSet::name).toList())
        + "), worst");
    for (double autoMerge : new double[] {0.5, 0.8, 0.9, 0.95, 0.99}) {
      for (double cohesion : new double[] {0.3, 0.5, 0.7}) {
        MatchSettings settings = new MatchSettings(autoMerge, Math.min(MatchSettings.DEFAULTS.review(), autoMerge), cohesion,
            MatchSettings.DEFAULTS.blocking(), MatchSettings.DEFAULTS.seed());
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%.2f, %.1f:", autoMerge, cohesion));
        double worst = 1;
        for (LabelledSets.LabelledSet set : LabelledSets.ALL) {
          double f1 = LabelledSets.run(set, settings).f1();
          worst = Math.min(worst, f1);
          line.append(String.format(Locale.ROOT, " %.3f", f1));
        }
        System.out.println(line.append(String.format(Locale.ROOT, "  worst %.3f", worst)));
      }
    }
  }

  public static void main(String[] args) {
    boolean verbose = args.length > 0 && args[0].equals("--verbose");
    if (!LabelledSets.available()) {
      System.err.println("No labelled data at " + LabelledSets.ROOT.toAbsolutePath() + ": nothing to measure.");
      return;
    }
    if (args.length > 0 && args[0].equals("--sweep")) {
      sweep();
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
