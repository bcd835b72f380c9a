package io.vivier.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits key lists for {@code IN (?, ?, …)} queries, under the bound-parameter limits of both databases. */
public final class Batches {

  public static final int SIZE = 500;

  private Batches() {}

  public static <T> List<List<T>> of(Collection<T> values) {
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

  /** The same for ids, in their order. */
  public static List<List<Long>> of(long[] ids) {
    return of(java.util.Arrays.stream(ids).boxed().toList());
  }

  /** "?, ?, ?" for {@code n} parameters. */
  public static String marks(int n) {
    return "?" + ", ?".repeat(Math.max(0, n - 1));
  }
}
