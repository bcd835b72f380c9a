package io.vivier.dedup;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds candidate pairs with blocking rules, so that cost grows with the pairs worth comparing, not
 * with n². For each rule, records are sorted by a 64-bit hash of their keys; records that share a
 * key form a block and every pair in it is a candidate (only pairs across the two files, for a
 * linkage). A block larger than {@code maxBlock} records (100,000 identical rows, a surname shared
 * by a whole town) is compared by sorted neighbourhood instead: its records are ordered by their
 * values and each is paired with the next {@code window} ones, which bounds the pairs to
 * size × window and keeps the near-identical records together. The report says so. Rules run in
 * parallel; the union is a sort and a scan of primitive longs.
 */
public final class Blocker {

  /**
   * @param maxBlock blocks up to this size are compared in full
   * @param window in larger blocks, how many following records each record is compared with
   */
  public record Settings(int maxBlock, int window) {
    public static final Settings DEFAULTS = new Settings(50, 10);
  }

  /** Pairs of each rule kept for the estimator, which fits the model on a sample of each rule's pairs. */
  static final int SAMPLE_PER_RULE = 200_000;

  private Blocker() {}

  public static CandidatePairs block(PreparedRecords records, List<BlockingRule> rules, Settings settings) {
    long[][] perRule = new long[rules.size()][];
    BlockingReport.RuleCount[] reports = new BlockingReport.RuleCount[rules.size()];
    java.util.stream.IntStream.range(0, rules.size()).parallel().forEach(r -> {
      RuleCount count = new RuleCount();
      perRule[r] = distinct(pairs(records, rules.get(r), settings, count));
      reports[r] = new BlockingReport.RuleCount(rules.get(r).name(), perRule[r].length, count.largest, count.oversize);
    });
    long[][] samples = new long[rules.size()][];
    int total = 0;
    for (long[] p : perRule) {
      total += p.length;
    }
    long[] all = new long[total];
    int at = 0;
    for (long[] p : perRule) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    for (int r = 0; r < perRule.length; r++) {
      samples[r] = sample(perRule[r], SAMPLE_PER_RULE);
      perRule[r] = null;
    }
    long[] pairs = distinct(all);
    return new CandidatePairs(pairs, samples, List.copyOf(rules), new BlockingReport(List.of(reports), pairs.length));
  }

  /** Every k-th pair, so that at most {@code max} are kept: the estimator needs no more. */
  private static long[] sample(long[] pairs, int max) {
    if (pairs.length <= max) {
      return pairs;
    }
    long[] kept = new long[max];
    double step = pairs.length / (double) max;
    for (int k = 0; k < max; k++) {
      kept[k] = pairs[(int) (k * step)];
    }
    return kept;
  }

  /** Sorted without repeats; sorts the array in place. */
  private static long[] distinct(long[] all) {
    Arrays.parallelSort(all);
    int distinct = 0;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        all[distinct++] = all[i];
      }
    }
    return distinct == all.length ? all : Arrays.copyOf(all, distinct);
  }

  private static final class RuleCount {
    int largest;
    int oversize;
  }

  private static long[] pairs(PreparedRecords records, BlockingRule rule, Settings settings, RuleCount count) {
    int n = records.size();
    int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, n));
    long indexMask = (1L << bits) - 1;
    LongBuffer entries = new LongBuffer(n);
    for (int i = 0; i < n; i++) {
      for (String key : rule.keys(records, i)) {
        entries.add((hash(key) & ~indexMask) | i);
      }
    }
    long[] sorted = entries.toArray();
    Arrays.sort(sorted);
    LongBuffer pairs = new LongBuffer(n);
    int[] members = new int[16];
    for (int start = 0; start < sorted.length; ) {
      long block = sorted[start] & ~indexMask;
      int end = start;
      while (end < sorted.length && (sorted[end] & ~indexMask) == block) {
        end++;
      }
      int size = end - start;
      if (size > 1) {
        if (members.length < size) {
          members = new int[Math.max(size, members.length * 2)];
        }
        for (int k = 0; k < size; k++) {
          members[k] = (int) (sorted[start + k] & indexMask);
        }
        count.largest = Math.max(count.largest, size);
        if (size <= settings.maxBlock()) {
          allPairs(records, members, size, pairs);
        } else {
          count.oversize++;
          sortedNeighbourhood(records, members, size, settings.window(), pairs);
        }
      }
      start = end;
    }
    return pairs.toArray();
  }

  private static void allPairs(PreparedRecords records, int[] members, int size, LongBuffer pairs) {
    for (int x = 0; x < size; x++) {
      for (int y = x + 1; y < size; y++) {
        add(records, members[x], members[y], pairs);
      }
    }
  }

  private static void sortedNeighbourhood(PreparedRecords records, int[] members, int size, int window, LongBuffer pairs) {
    Integer[] order = new Integer[size];
    String[] signature = new String[size];
    for (int k = 0; k < size; k++) {
      order[k] = k;
      signature[k] = signature(records, members[k]);
    }
    Arrays.sort(order, Comparator.comparing((Integer k) -> signature[k]));
    for (int x = 0; x < size; x++) {
      for (int y = x + 1; y < size && y <= x + window; y++) {
        add(records, members[order[x]], members[order[y]], pairs);
      }
    }
  }

  /** The record's normalised values in column order: records that sort close look alike. */
  private static String signature(PreparedRecords records, int record) {
    StringBuilder s = new StringBuilder(64);
    for (PreparedField field : records.fields) {
      if (field != null) {
        String v = field.value[record];
        s.append(v == null ? "" : v).append('\u001F');
      }
    }
    return s.toString();
  }

  private static void add(PreparedRecords records, int a, int b, LongBuffer pairs) {
    if (a == b || (records.isLinkage() && records.source[a] == records.source[b])) {
      return;
    }
    pairs.add(CandidatePairs.pack(a, b));
  }

  /** FNV-1a over the key's characters, then a 64-bit finaliser to spread the bits. */
  static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb33fe1dd3c15L;
    h ^= h >>> 33;
    return h;
  }
}
