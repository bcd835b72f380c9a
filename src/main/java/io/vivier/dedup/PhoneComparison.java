package io.vivier.dedup;

import java.util.List;

/**
 * Phone numbers by their national digits (see {@link Values#phone}), so "+33 6 12 34 56 78",
 * "06.12.34.56.78" and "0033612345678" are equal: exact; one digit wrong or two swapped; or
 * different.
 */
final class PhoneComparison extends ColumnComparison {

  private static final List<String> LEVELS = List.of("exact", "one digit off", "different");

  PhoneComparison(String name, int column) {
    super(name, column, LEVELS, -1);
  }

  @Override
  public int level(PreparedRecords records, int a, int b) {
    String[] value = records.fields[column].value;
    if (value[a] == null || value[b] == null) {
      return MISSING;
    }
    if (value[a].equals(value[b])) {
      return 0;
    }
    return value[a].length() == value[b].length() && Similarity.withinOneEdit(value[a], value[b]) ? 1 : 2;
  }
}
