package io.vivier.segment;

import java.util.List;

/**
 * A dimension the list builder counts people by: its name and the SQL of the value (a constant
 * over {@code people_facts f} and the owner {@code users u}).
 */
record Facet(String name, String sql) {

  static final List<Facet> ALL =
      List.of(
          new Facet("stage", "f.stage"),
          new Facet("country", "f.country"),
          new Facet("industry", "f.industry"),
          new Facet("employee_range", "f.employee_range"),
          new Facet("owner", "u.username"),
          new Facet("source", "f.source"));
}
