package io.vivier.scoring;

/**
 * Evaluates ICP rules, which are written in the filter language. Implemented by the segment
 * feature; when no implementation is present the fit score is reported as unavailable.
 */
public interface RuleMatcher {

  /** Throws IllegalArgumentException (message with position) when the filter is not valid. */
  void validate(String filter);

  /** Ids of all people matching the filter, ascending. */
  long[] matchingPeople(String filter);

  /** Ids of the people among {@code among} (ascending) matching the filter, ascending. */
  long[] matchingPeople(String filter, long[] among);

  /** Whether one person matches. */
  boolean matches(String filter, long personId);
}
