package io.vivier.segment;

import java.util.List;
import java.util.Map;

/**
 * How many people a filter matches, and how they spread over each facet: the most frequent values
 * first, at most {@link Segments#FACET_VALUES} a facet; a null value counts the people with none.
 */
public record FacetCounts(long total, Map<String, List<ValueCount>> facets) {

  public record ValueCount(String value, long count) {}
}
