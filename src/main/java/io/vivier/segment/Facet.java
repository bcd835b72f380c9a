package io.vivier.segment;

import java.util.List;

/**
 * A dimension the list builder counts people by: its name and the SQL of the value (a constant
 * over {@code people p}, {@code companies c} and the owner {@code users u}).
 */
record Facet(String name, String sql) {

  static final List<Facet> ALL =
      List.of(
          new Facet("stage", "p.stage"),
          new Facet("country", "p.country"),
          new Facet("industry", "c.industry"),
          new Facet("employee_range", "c.employee_range"),
          new Facet("owner", "u.username"),
          new Facet("source", "p.source"));
}
