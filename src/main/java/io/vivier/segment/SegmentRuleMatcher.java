package io.vivier.segment;

import io.vivier.scoring.RuleMatcher;
import org.springframework.stereotype.Component;

/** ICP rules, which are filters, evaluated for scoring by the filter language. */
@Component
class SegmentRuleMatcher implements RuleMatcher {

  private final Segments segments;

  SegmentRuleMatcher(Segments segments) {
    this.segments = segments;
  }

  @Override
  public void validate(String filter) {
    try {
      segments.check(filter);
    } catch (FilterException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  @Override
  public long[] matchingPeople(String filter) {
    return segments.ids(filter);
  }

  @Override
  public long[] matchingPeople(String filter, long[] among) {
    return segments.ids(filter, among);
  }

  @Override
  public boolean matches(String filter, long personId) {
    return segments.matches(filter, personId);
  }
}
