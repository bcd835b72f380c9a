package io.vivier.dedup;

import java.util.List;

/**
 * One term of the match model: compares a pair of records on one field (sometimes looking at
 * another field of the same records, as names do for swapped first and last names) and answers a
 * level, from the strongest agreement ({@code 0}, usually "exact") to the last one, disagreement;
 * or {@link #MISSING} when a side has no value, which weighs nothing. Implementations are
 * stateless and thread-safe.
 */
public interface Comparison {

  int MISSING = -1;

  /** The column compared, as named in the file. */
  String name();

  /** The index of the column compared. */
  int column();

  /** Names of the levels, strongest first; the last one is disagreement. At most 15. */
  List<String> levels();

  /** The level of agreement of records a and b, or {@link #MISSING}. */
  int level(PreparedRecords records, int a, int b);

  /**
   * The column whose value frequency adjusts the weight of level 0 (exact agreement), or -1 when
   * the weight is the same for every value.
   */
  int frequencyColumn();

  /**
   * The weight in bits (log2 m/u) of a level whose meaning the data cannot teach without labels,
   * fixed by the comparison instead of estimated; {@code NaN} (the default) for a level that is
   * estimated.
   */
  default double fixedWeight(int level) {
    return Double.NaN;
  }

  /** Why a pair whose level is {@link #MISSING} weighs nothing, as an explanation shows it. */
  default String missing(PreparedRecords records, int a, int b) {
    return "missing";
  }
}
