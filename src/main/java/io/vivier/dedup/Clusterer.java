package io.vivier.dedup;

import java.util.Arrays;

/**
 * Turns pairs above the auto-merge threshold into clusters, guarded against chaining: plain
 * connected components would put A and C together because A ~ B and B ~ C, and one bad link can
 * chain two large groups. Pairs are taken from the most to the least probable; two records whose
 * clusters are both single merge at once; otherwise the clusters merge only if their records match
 * as wholes: the mean probability over up to {@value #SAMPLE}×{@value #SAMPLE} pairs across the
 * two clusters (scored on the spot, since blocking did not compare them all) must reach
 * {@code cohesion}. A pair refused this way is held back for review.
 *
 * <p>Cost: a union–find over the pairs, plus at most {@value #SAMPLE}² pair scorings per merge, so a
 * block of 100,000 identical rows is one cluster after 99,999 cheap merges.
 */
public final class Clusterer {

  static final int SAMPLE = 6;

  private final PairScorer scorer;
  private final double cohesion;

  /**
   * @param scorer scores pairs across clusters that blocking did not compare
   * @param cohesion the mean probability two clusters need to merge
   */
  public Clusterer(PairScorer scorer, double cohesion) {
    this.scorer = scorer;
    this.cohesion = cohesion;
  }

  /**
   * @param size how many records
   * @param pairs pairs above the auto-merge threshold (packed, see {@link CandidatePairs})
   * @param probability each pair's probability
   */
  public Clusters cluster(int size, long[] pairs, float[] probability) {
    int[] parent = new int[size];
    int[] members = new int[size];
    int[] next = new int[size];
    int[] tail = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
      members[i] = 1;
      next[i] = -1;
      tail[i] = i;
    }
    long[] order = byDescendingProbability(probability);
    LongBuffer heldBack = new LongBuffer(16);
    for (long entry : order) {
      int p = (int) entry;
      int a = find(parent, CandidatePairs.first(pairs[p]));
      int b = find(parent, CandidatePairs.second(pairs[p]));
      if (a == b) {
        continue;
      }
      if (members[a] + members[b] > 2 && meanProbability(a, b, next) < cohesion) {
        heldBack.add(pairs[p]);
        continue;
      }
      if (members[a] < members[b]) {
        int t = a;
        a = b;
        b = t;
      }
      parent[b] = a;
      members[a] += members[b];
      next[tail[a]] = b;
      tail[a] = tail[b];
    }
    int[] clusterOf = new int[size];
    int[] number = new int[size];
    Arrays.fill(number, -1);
    int count = 0;
    for (int i = 0; i < size; i++) {
      int root = find(parent, i);
      if (number[root] < 0) {
        number[root] = count++;
      }
      clusterOf[i] = number[root];
    }
    return new Clusters(clusterOf, count, heldBack.toArray());
  }

  private double meanProbability(int rootA, int rootB, int[] next) {
    double sum = 0;
    int n = 0;
    int x = rootA;
    for (int i = 0; i < SAMPLE && x >= 0; i++, x = next[x]) {
      int y = rootB;
      for (int j = 0; j < SAMPLE && y >= 0; j++, y = next[y]) {
        sum += scorer.probability(x, y);
        n++;
      }
    }
    return sum / n;
  }

  // Probabilities in (0, 1] sort as their float bits; the pair's index rides in the low half.
  private static long[] byDescendingProbability(float[] probability) {
    long[] order = new long[probability.length];
    for (int p = 0; p < probability.length; p++) {
      order[p] = ((long) Float.floatToIntBits(probability[p]) << 32) | p;
    }
    Arrays.parallelSort(order);
    for (int i = 0, j = order.length - 1; i < j; i++, j--) {
      long t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
