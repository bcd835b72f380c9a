package io.vivier.dedup;

import java.util.List;

/**
 * Values that are equal or not: street numbers, categories, web domains; with a "one edit" level
 * between the two for identifiers and postcodes, where one mistyped digit is common ("75011" for
 * "75001", a SIREN with two digits swapped). Postcodes also agree on their start ("750xx", the
 * same département or district) before being different.
 */
final class ExactComparison extends ColumnComparison {

  private static final List<String> EXACT = List.of("exact", "different");
  private static final List<String> WITH_TYPO = List.of("exact", "one edit", "different");
  private static final List<String> POSTCODE = List.of("exact", "one edit", "same area", "different");

  private ExactComparison(String name, int column, List<String> levels) {
    super(name, column, levels, -1);
  }

  static ExactComparison exact(String name, int column) {
    return new ExactComparison(name, column, EXACT);
  }

  static ExactComparison withTypo(String name, int column) {
    return new ExactComparison(name, column, WITH_TYPO);
  }

  static ExactComparison postcode(String name, int column) {
    return new ExactComparison(name, column, POSTCODE);
  }

  @Override
  public int level(PreparedRecords records, int a, int b) {
    String[] value = records.fields[column].value;
    String x = value[a];
    String y = value[b];
    if (x == null || y == null) {
      return MISSING;
    }
    if (x.equals(y)) {
      return 0;
    }
    if (levels() == EXACT) {
      return 1;
    }
    if (Similarity.withinOneEdit(x, y)) {
      return 1;
    }
    if (levels() == POSTCODE && x.length() >= 4 && y.length() >= 4 && x.regionMatches(0, y, 0, x.length() - 2)) {
      return 2;
    }
    return levels().size() - 1;
  }
}
