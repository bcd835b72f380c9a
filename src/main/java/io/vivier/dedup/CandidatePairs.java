package io.vivier.dedup;

/**
 * Distinct candidate pairs, sorted, each packed in a long as {@code a << 32 | b} with a < b (record
 * indexes in {@link PreparedRecords}), and the report of how blocking found them.
 */
public record CandidatePairs(long[] pairs, BlockingReport report) {

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
