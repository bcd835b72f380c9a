package io.vivier.segment;

import java.util.List;

/**
 * A compiled filter: a boolean SQL expression over {@code people_facts f}, {@code people p},
 * {@code companies c} and {@code person_scores ps}, and its parameters in order.
 */
public record SqlCondition(String sql, List<Object> params) {
  public SqlCondition {
    params = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(params));
  }

  // the SQL is Vivier's own (every user value is a parameter): a table alias followed by a dot
  private static final java.util.regex.Pattern PEOPLE = java.util.regex.Pattern.compile("(?<![A-Za-z0-9_])p\\.");
  private static final java.util.regex.Pattern COMPANIES = java.util.regex.Pattern.compile("(?<![A-Za-z0-9_])c\\.");
  private static final java.util.regex.Pattern SCORES = java.util.regex.Pattern.compile("(?<![A-Za-z0-9_])ps\\.");

  /** Whether the condition reads the wide people row, not only the facts. */
  boolean readsPeople() {
    return PEOPLE.matcher(sql).find();
  }

  /** Whether the condition reads the score (person_scores). */
  boolean readsScores() {
    return SCORES.matcher(sql).find();
  }

  /** Whether the condition reads the company's row, not only the facts. */
  boolean readsCompanies() {
    return COMPANIES.matcher(sql).find();
  }
}
