package io.vivier.importing;

/**
 * A map of 64-bit keys to positive longs in two arrays (open addressing, linear probing): the
 * key index of a million-person base takes about 130 MB where {@code HashMap<String, Long>} would
 * take well over a gigabyte.
 */
final class LongLongMap {

  private long[] keys;
  private long[] values;
  private int size;

  LongLongMap(int expected) {
    int capacity = capacity(expected);
    keys = new long[capacity];
    values = new long[capacity];
  }

  /** Slots for {@code expected} keys: a power of two, at most three quarters full. */
  private static int capacity(long expected) {
    long needed = Math.max(16, expected * 4 / 3 + 1);
    return (int) Math.min(1 << 30, Long.highestOneBit(needed - 1) << 1);
  }

  /** The heap a map sized for {@code expected} keys takes. */
  static long bytesFor(long expected) {
    return capacity(expected) * 16L;
  }

  /** The value of {@code key}, or 0 when there is none. */
  long get(long key) {
    key = nonZero(key);
    int mask = keys.length - 1;
    for (int i = spread(key) & mask; ; i = (i + 1) & mask) {
      long k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == 0) {
        return 0;
      }
    }
  }

  /** Sets {@code key} to {@code value} unless it has a value already (the first, lowest id, stays). */
  void putIfAbsent(long key, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException("values are positive ids: " + value);
    }
    if ((size + 1) * 4L > keys.length * 3L) {
      grow();
    }
    if (insert(keys, values, nonZero(key), value)) {
      size++;
    }
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] biggerKeys = new long[keys.length * 2];
    long[] biggerValues = new long[keys.length * 2];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        insert(biggerKeys, biggerValues, keys[i], values[i]);
      }
    }
    keys = biggerKeys;
    values = biggerValues;
  }

  private static boolean insert(long[] keys, long[] values, long key, long value) {
    int mask = keys.length - 1;
    for (int i = spread(key) & mask; ; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return false;
      }
      if (keys[i] == 0) {
        keys[i] = key;
        values[i] = value;
        return true;
      }
    }
  }

  private static long nonZero(long key) {
    return key == 0 ? 1 : key;
  }

  private static int spread(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
