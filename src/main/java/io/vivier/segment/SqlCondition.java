package io.vivier.segment;

import java.util.List;

/** A compiled filter: a boolean SQL expression over {@code people p LEFT JOIN companies c}, and its parameters in order. */
public record SqlCondition(String sql, List<Object> params) {
  public SqlCondition {
    params = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(params));
  }
}
