package io.vivier.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

/** The shortcuts before the commons-text distances never change an answer. */
class SimilarityTests {

  private static String randomName(SplittableRandom random) {
    StringBuilder s = new StringBuilder();
    int length = 1 + random.nextInt(9);
    for (int i = 0; i < length; i++) {
      s.append((char) ('a' + random.nextInt(6)));
    }
    return s.toString();
  }

  @Test
  void theJaroWinklerBoundNeverSkipsAPairThatReachesTheThreshold() {
    SplittableRandom random = new SplittableRandom(3);
    JaroWinklerSimilarity reference = new JaroWinklerSimilarity();
    for (int i = 0; i < 200_000; i++) {
      String a = randomName(random);
      String b = randomName(random);
      double threshold = 0.5 + random.nextDouble() * 0.5;
      double expected = reference.apply(a, b);
      double actual = Similarity.jaroWinkler(a, b, threshold);
      if (expected >= threshold) {
        assertThat(actual).as("%s / %s at %.2f", a, b, threshold).isEqualTo(expected);
      } else {
        assertThat(actual).isLessThan(threshold);
      }
    }
  }

  @Test
  void theOneEditCheckAgreesWithDamerauLevenshtein() {
    SplittableRandom random = new SplittableRandom(4);
    DamerauLevenshteinDistance reference = new DamerauLevenshteinDistance();
    int withinOne = 0;
    for (int i = 0; i < 200_000; i++) {
      String a = randomName(random);
      String b = random.nextBoolean() ? randomName(random) : typo(a, random);
      boolean expected = reference.apply(a, b) <= 1;
      assertThat(Similarity.withinOneEdit(a, b)).as("%s / %s", a, b).isEqualTo(expected);
      withinOne += expected ? 1 : 0;
    }
    assertThat(withinOne).isGreaterThan(50_000);
  }

  private static String typo(String s, SplittableRandom random) {
    int at = random.nextInt(s.length());
    return switch (random.nextInt(4)) {
      case 0 -> s.substring(0, at) + s.substring(at + 1);
      case 1 -> s.substring(0, at) + 'x' + s.substring(at);
      case 2 -> at + 1 < s.length() ? s.substring(0, at) + s.charAt(at + 1) + s.charAt(at) + s.substring(at + 2) : s;
      default -> s.substring(0, at) + 'z' + s.substring(at + 1);
    };
  }

  @Test
  void wordsWeighRareWordsMoreAndForgiveExtraWordsByHalf() {
    String[] a = {"mortons", "restaurant"};
    String[] b = {"mortons", "grill"};
    String[] c = {"luigi", "restaurant"};
    float[] weights = {5f, 0.5f};
    assertThat(Similarity.words(a, weights, b, weights)).isGreaterThan(Similarity.words(a, weights, c, weights));
    String[] shortAddress = {"239", "w", "broadway"};
    String[] longAddress = {"239", "w", "broadway", "between", "walker", "and", "white", "sts"};
    float[] ones = {1, 1, 1, 1, 1, 1, 1, 1};
    assertThat(Similarity.words(shortAddress, ones, longAddress, ones)).isGreaterThanOrEqualTo(0.7);
  }
}
