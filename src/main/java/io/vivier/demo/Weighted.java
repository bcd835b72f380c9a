package io.vivier.demo;

import java.util.ArrayList;
import java.util.List;

/** Items with weights, for choosing a common value more often than a rare one. */
final class Weighted<T> {

  private final List<T> items = new ArrayList<>();
  private final List<Double> cumulative = new ArrayList<>();
  private double total;

  static <T> Weighted<T> of() {
    return new Weighted<>();
  }

  Weighted<T> add(T item, double weight) {
    if (weight > 0) {
      total += weight;
      items.add(item);
      cumulative.add(total);
    }
    return this;
  }

  boolean isEmpty() {
    return items.isEmpty();
  }

  /** The item for {@code unit}, a number in [0, 1). */
  T pick(double unit) {
    if (items.isEmpty()) {
      throw new IllegalStateException("nothing to choose from");
    }
    double target = unit * total;
    int low = 0;
    int high = items.size() - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cumulative.get(mid) > target) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return items.get(low);
  }
}
