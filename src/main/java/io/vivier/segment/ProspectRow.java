package io.vivier.segment;

import java.util.Map;
import java.util.Set;

/**
 * A prospect as the in-memory evaluator sees it: values by filter field name ({@code country},
 * {@code company.city}, {@code tag} as a list of strings, dates as {@code Instant}, numbers as
 * {@code Long}, {@code email_bounced} as a {@code Boolean}), its custom attributes and its
 * company's, and the ids of the static lists it is in.
 */
public record ProspectRow(
    long id, Map<String, Object> values, Map<String, Object> attributes, Map<String, Object> companyAttributes, Set<Long> lists) {

  Object get(String field) {
    return values.get(field);
  }
}
