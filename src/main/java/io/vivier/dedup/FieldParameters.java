package io.vivier.dedup;

import java.util.List;

/**
 * The Fellegi–Sunter parameters of one comparison.
 *
 * @param name the compared column
 * @param levels the level names, strongest first
 * @param m per level, the probability that a true match is at that level
 * @param u per level, the probability that a random pair of different records is at that level
 * @param byFrequency whether exact agreement is weighed by the value's frequency
 */
public record FieldParameters(String name, List<String> levels, double[] m, double[] u, boolean byFrequency) {

  /** The match weight of a level in bits: log2(m / u). */
  public double weight(int level) {
    return Math.log(m[level] / u[level]) / Math.log(2);
  }
}
