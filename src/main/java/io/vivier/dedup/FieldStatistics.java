package io.vivier.dedup;

import java.util.HashMap;
import java.util.Map;

/**
 * How often each value and each word occurs in a column: value frequencies adjust the weight of an
 * exact agreement (two records called "Martin" prove less than two called "Szczepanski"), word
 * frequencies weigh the words of names and addresses (the words "street" and "restaurant" prove
 * little). Computed on the data being matched, or restored from a saved model, which keeps only
 * the values and words seen more than once.
 *
 * @param records how many records have a value in the column
 * @param valueCounts occurrences of each normalised value
 * @param wordCounts records containing each word
 */
public record FieldStatistics(int records, Map<String, Integer> valueCounts, Map<String, Integer> wordCounts) {

  static final FieldStatistics NONE = new FieldStatistics(0, Map.of(), Map.of());

  /** Share of the records with a value that have this one; a value never seen counts once. */
  public double frequency(String value) {
    if (records == 0) {
      return 1;
    }
    return Math.max(1, valueCounts.getOrDefault(value, 1)) / (double) records;
  }

  /** Inverse document frequency of a word: ln(records / records with it), at least a small floor. */
  public float wordWeight(String word) {
    if (records == 0) {
      return 1;
    }
    int count = Math.max(1, wordCounts.getOrDefault(word, 1));
    return (float) Math.max(0.1, Math.log((records + 1.0) / count));
  }

  /** The statistics without the values seen once, which a saved model does not need to keep. */
  public FieldStatistics withoutSingletons(int maxEntries) {
    return new FieldStatistics(records, frequent(valueCounts, maxEntries), frequent(wordCounts, maxEntries));
  }

  private static Map<String, Integer> frequent(Map<String, Integer> counts, int maxEntries) {
    Map<String, Integer> kept = new HashMap<>();
    counts.entrySet().stream()
        .filter(e -> e.getValue() > 1)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(maxEntries)
        .forEach(e -> kept.put(e.getKey(), e.getValue()));
    return kept;
  }
}
