package io.vivier.dedup;

import java.util.List;

/**
 * Distinct candidate pairs, sorted, each packed in a long as {@code a << 32 | b} with a < b (record
 * indexes in {@link PreparedRecords}), a sample of the pairs each rule found (sorted, at most
 * {@value Blocker#SAMPLE_PER_RULE} a rule), and the report of how blocking found them.
 */
public record CandidatePairs(long[] pairs, long[][] byRule, List<BlockingRule> rules, BlockingReport report) {

  static long pack(int a, int b) {
    return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
  }

  static int first(long pair) {
    return (int) (pair >>> 32);
  }

  static int second(long pair) {
    return (int) pair;
  }

  public int size() {
    return pairs.length;
  }
}
