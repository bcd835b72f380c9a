package io.vivier.prospect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits key lists for {@code IN (?, ?, …)} queries, under the bound-parameter limits of both databases. */
final class Batches {

  static final int SIZE = 500;

  private Batches() {}

  static <T> List<List<T>> of(Collection<T> values) {
    List<List<T>> parts = new ArrayList<>();
    List<T> part = new ArrayList<>(Math.min(SIZE, values.size()));
    for (T value : values) {
      part.add(value);
      if (part.size() == SIZE) {
        parts.add(part);
        part = new ArrayList<>(SIZE);
      }
    }
    if (!part.isEmpty()) {
      parts.add(part);
    }
    return parts;
  }

  /** "?, ?, ?" for {@code n} parameters. */
  static String marks(int n) {
    return "?" + ", ?".repeat(Math.max(0, n - 1));
  }
}
