package io.vivier.demo;

import java.util.List;
import java.util.SplittableRandom;

/** Seeded random choices: the same seed gives the same sequence of choices, hence the same base. */
final class Dice {

  private final SplittableRandom random;

  Dice(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Between {@code min} and {@code max}, both included. */
  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  long between(long min, long max) {
    return min + random.nextLong(max - min + 1);
  }

  double unit() {
    return random.nextDouble();
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  @SafeVarargs
  final <T> T pick(T... items) {
    return items[random.nextInt(items.length)];
  }

  /** A digit string of {@code length} digits. */
  String digits(int length) {
    StringBuilder digits = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      digits.append((char) ('0' + random.nextInt(10)));
    }
    return digits.toString();
  }

  /** Lower-case letters and digits, as in the suffix of a LinkedIn address. */
  String alphanumeric(int length) {
    String chars = "abcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(chars.charAt(random.nextInt(chars.length())));
    }
    return text.toString();
  }

  /** A log-uniform whole number between {@code min} and {@code max}: small values are common. */
  long logUniform(long min, long max) {
    double low = Math.log(min);
    double high = Math.log(max + 1.0);
    return Math.min(max, (long) Math.exp(low + random.nextDouble() * (high - low)));
  }

  /** An item chosen with the given weight. */
  <T> T weighted(Weighted<T> items) {
    return items.pick(random.nextDouble());
  }
}
