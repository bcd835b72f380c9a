package io.vivier.dedup;

import java.util.List;

/**
 * What blocking did: per rule, how many pairs it proposed (before the union, so a pair found by two
 * rules counts in both), and how many candidate pairs the union holds.
 *
 * @param rules one entry per rule, in order
 * @param candidatePairs distinct pairs after the union
 */
public record BlockingReport(List<RuleCount> rules, long candidatePairs) {

  /**
   * @param rule the rule's name
   * @param pairs the pairs it proposed
   * @param largestBlock the most records that shared one key
   * @param oversizeBlocks blocks larger than the limit, compared by sorted neighbourhood instead
   *     of all pairs (each record with the next ones in an order of their values)
   */
  public record RuleCount(String rule, long pairs, int largestBlock, int oversizeBlocks) {}

  public BlockingReport {
    rules = List.copyOf(rules);
  }
}
