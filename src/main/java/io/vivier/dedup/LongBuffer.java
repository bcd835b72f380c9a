package io.vivier.dedup;

import java.util.Arrays;

/** A growable array of longs: pairs and keys by the million without boxing. Not thread-safe. */
final class LongBuffer {

  private long[] values;
  private int size;

  LongBuffer(int capacity) {
    values = new long[Math.max(16, capacity)];
  }

  void add(long value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, (int) Math.min(Integer.MAX_VALUE - 8, values.length * 3L / 2 + 16));
    }
    values[size++] = value;
  }

  long[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
