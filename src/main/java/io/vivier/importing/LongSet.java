package io.vivier.importing;

import java.util.Arrays;

/**
 * A set of positive longs in one array (open addressing), for the ids an import has touched:
 * a million ids take 16 MB where a {@code HashSet<Long>} would take about 60.
 */
final class LongSet {

  private long[] slots = new long[1024];
  private int size;

  boolean contains(long value) {
    int mask = slots.length - 1;
    for (int i = hash(value) & mask; ; i = (i + 1) & mask) {
      long slot = slots[i];
      if (slot == 0) {
        return false;
      }
      if (slot == value) {
        return true;
      }
    }
  }

  /** Adds a positive value; true when it was not there. */
  boolean add(long value) {
    if (value <= 0) {
      throw new IllegalArgumentException("ids are positive: " + value);
    }
    if (contains(value)) {
      return false;
    }
    if ((size + 1) * 2 > slots.length) {
      grow();
    }
    insert(slots, value);
    size++;
    return true;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    for (long value : slots) {
      if (value != 0) {
        insert(bigger, value);
      }
    }
    slots = bigger;
  }

  private static void insert(long[] table, long value) {
    int mask = table.length - 1;
    int i = hash(value) & mask;
    while (table[i] != 0) {
      i = (i + 1) & mask;
    }
    table[i] = value;
  }

  private static int hash(long value) {
    long h = value * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  @Override
  public String toString() {
    return "LongSet" + Arrays.toString(Arrays.stream(slots).filter(v -> v != 0).sorted().toArray());
  }
}
