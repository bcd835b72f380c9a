package io.vivier.dedup;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Why a pair got its score: the prior weight plus each field's contribution make the total weight,
 * and the total weight gives the probability.
 *
 * @param priorWeight log2 of the prior odds of a match, before looking at the records
 * @param contributions one per compared field, in the comparisons' order
 * @param weight the total match weight in bits, prior included
 * @param probability the posterior probability of a match
 */
public record Explanation(double priorWeight, List<Contribution> contributions, double weight, double probability) {

  public Explanation {
    contributions = List.copyOf(contributions);
  }

  /** "email exact +9.1, surname close +4.2, phone missing +0.0, city different −2.0". */
  public String describe() {
    return contributions.stream().map(Contribution::describe).collect(Collectors.joining(", "));
  }
}
