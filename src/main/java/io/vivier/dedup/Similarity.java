package io.vivier.dedup;

import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * String similarities shared by the comparisons: Jaro–Winkler and Damerau–Levenshtein from
 * commons-text, and a word-set similarity weighted by word rarity built on them.
 */
final class Similarity {

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final DamerauLevenshteinDistance WITHIN_ONE = new DamerauLevenshteinDistance(1);
  // Words this close count as the same word with a typo; below, as different words.
  private static final double SAME_WORD = 0.88;

  private Similarity() {}

  /**
   * Jaro–Winkler similarity when it may reach {@code threshold}, else 0 without computing it. Most
   * compared names are unrelated, and an upper bound costs a pass over the characters: Jaro counts
   * at most as many matching characters as the two strings have in common (as multisets), and the
   * Winkler bonus at most the common prefix.
   */
  static double jaroWinkler(String a, String b, double threshold) {
    if (a.equals(b)) {
      return 1;
    }
    int common = commonCharacters(a, b);
    double jaroBound = (common / (double) a.length() + common / (double) b.length() + 1) / 3;
    int prefix = 0;
    while (prefix < 4 && prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    double bound = jaroBound + prefix * 0.1 * (1 - jaroBound);
    return bound < threshold ? 0 : JARO_WINKLER.apply(a, b);
  }

  /** Size of the multiset intersection of the strings' characters (folded names: mostly a–z). */
  private static int commonCharacters(String a, String b) {
    int[] counts = new int[64];
    for (int i = 0; i < a.length(); i++) {
      counts[a.charAt(i) & 63]++;
    }
    int common = 0;
    for (int i = 0; i < b.length(); i++) {
      if (counts[b.charAt(i) & 63]-- > 0) {
        common++;
      }
    }
    return common;
  }

  /**
   * Whether the Damerau–Levenshtein distance is at most one (a typo: one character changed, added,
   * removed, or two neighbours swapped). Most pairs compared are far apart: a linear check of
   * their common start and end rejects them before the quadratic distance, since the edit can
   * only sit between the two.
   */
  static boolean withinOneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int shorter = Math.min(la, lb);
    int prefix = 0;
    while (prefix < shorter && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < shorter - prefix && a.charAt(la - 1 - suffix) == b.charAt(lb - 1 - suffix)) {
      suffix++;
    }
    // a transposition touches two characters of the middle, any other edit one
    if (Math.max(la, lb) - prefix - suffix > 2) {
      return false;
    }
    return WITHIN_ONE.apply(a, b) >= 0;
  }

  /**
   * Similarity of two word lists between 0 and 1: each word is matched to its most similar word on
   * the other side (Jaro–Winkler at least 0.88; words holding digits must be equal, since "12" and
   * "13" are different street numbers), and the matches are averaged over each side weighted by the
   * words' rarity, so that sharing "mortons" counts more than sharing "restaurant". The result is
   * the mean of the two-sided average and the better one-sided one: "239 w broadway" is mostly
   * found in "239 w broadway between walker and white sts", and the extra words cost only half.
   */
  static double words(String[] a, float[] wa, String[] b, float[] wb) {
    double matchedA = 0;
    double totalA = 0;
    double[] bestB = new double[b.length];
    for (int i = 0; i < a.length; i++) {
      double best = 0;
      for (int j = 0; j < b.length; j++) {
        double s = wordSimilarity(a[i], b[j]);
        if (s > best) {
          best = s;
        }
        if (s > bestB[j]) {
          bestB[j] = s;
        }
      }
      matchedA += wa[i] * best;
      totalA += wa[i];
    }
    double matchedB = 0;
    double totalB = 0;
    for (int j = 0; j < b.length; j++) {
      matchedB += wb[j] * bestB[j];
      totalB += wb[j];
    }
    if (totalA == 0 || totalB == 0) {
      return 0;
    }
    double both = (matchedA + matchedB) / (totalA + totalB);
    double oneSided = Math.max(matchedA / totalA, matchedB / totalB);
    return (both + oneSided) / 2;
  }

  /** The first word when it starts with a digit (a house number: "12", "12b"), else null. */
  static String houseNumber(String[] words) {
    return words.length > 0 && Character.isDigit(words[0].charAt(0)) ? words[0] : null;
  }

  private static double wordSimilarity(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    if (hasDigit(a) || hasDigit(b) || a.length() < 3 || b.length() < 3) {
      return 0;
    }
    double s = jaroWinkler(a, b, SAME_WORD);
    return s >= SAME_WORD ? s : 0;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }
}
