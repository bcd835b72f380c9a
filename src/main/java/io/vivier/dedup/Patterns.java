package io.vivier.dedup;

import java.util.List;

/**
 * A pair's comparison levels packed in one long, four bits per comparison (level + 1, 0 for
 * missing), so that millions of pairs fit in a primitive array and the estimator can count the
 * distinct patterns instead of visiting every pair.
 */
final class Patterns {

  private Patterns() {}

  static long of(List<Comparison> comparisons, PreparedRecords records, int a, int b) {
    long pattern = 0;
    for (int c = 0; c < comparisons.size(); c++) {
      int level = comparisons.get(c).level(records, a, b);
      pattern |= (long) (level + 1) << (4 * c);
    }
    return pattern;
  }

  /** The level of comparison c, or {@link Comparison#MISSING}. */
  static int level(long pattern, int c) {
    return (int) ((pattern >>> (4 * c)) & 0xF) - 1;
  }
}
