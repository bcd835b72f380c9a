package io.vivier.segment;

import java.util.function.Function;

/**
 * A field of the filter language: its name, its type, the SQL it reads and how the in-memory
 * evaluator reads the same value from a {@link ProspectRow}. The SQL is a constant of Vivier's
 * over {@code people p LEFT JOIN companies c}, never user text.
 *
 * @param sql the column (or, for yes/no fields, the condition) in SQL
 * @param searchColumn the column of folded search text that holds this field's folded value, so
 *     that a "contains" can skip rows cheaply before folding the field; null when none does
 * @param choices the allowed values of a choice field, null for other types
 * @param nullable false when the SQL can never be NULL (a negation then needs no NULL guard)
 */
public record FilterField(
    String name,
    FieldType type,
    String description,
    String sql,
    String searchColumn,
    Choices choices,
    boolean nullable,
    Function<ProspectRow, Object> read) {

  /** The value of this field in a row, for the in-memory evaluator. */
  Object valueIn(ProspectRow row) {
    return read.apply(row);
  }

  /** True for the {@code attr.*} and {@code company.attr.*} families, whose key follows the prefix. */
  public boolean isAttribute() {
    return type == FieldType.ATTRIBUTE;
  }

  @Override
  public String toString() {
    return name;
  }
}
