package io.vivier.dedup;

/**
 * Records grouped into clusters of the same entity.
 *
 * @param clusterOf per record, its cluster number (0-based, numbered in order of first record);
 *     a record alone is a cluster of one
 * @param count how many clusters
 * @param heldBack pairs above the auto-merge threshold that were not merged because the records'
 *     clusters, as wholes, did not match (chaining guard); they go to review
 */
public record Clusters(int[] clusterOf, int count, long[] heldBack) {

  /** How many clusters have more than one record. */
  public int multiRecordClusters() {
    int[] sizes = new int[count];
    for (int c : clusterOf) {
      sizes[c]++;
    }
    int multi = 0;
    for (int size : sizes) {
      if (size > 1) {
        multi++;
      }
    }
    return multi;
  }
}
