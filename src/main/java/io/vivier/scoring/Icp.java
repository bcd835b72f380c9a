package io.vivier.scoring;

import java.time.Instant;
import java.util.List;

/**
 * An ideal customer profile: named weighted rules. Several coexist (one per product line); the
 * default one gives people their score.
 */
public record Icp(
    long id, String name, String description, boolean isDefault, List<IcpRule> rules, String updatedBy, Instant updatedAt) {

  public Icp {
    rules = List.copyOf(rules);
  }

  /** The points of every positive rule: what a person matching all of them would get, fit 100. */
  public int maxPositivePoints() {
    return rules.stream().mapToInt(IcpRule::points).filter(p -> p > 0).sum();
  }
}
