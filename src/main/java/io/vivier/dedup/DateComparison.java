package io.vivier.dedup;

import java.util.List;

/**
 * Dates (of birth, of creation): exact; day and month transposed (03/04 read as 04/03); one digit
 * off or two adjacent digits swapped in yyyymmdd; same year; or different. A value that is not a
 * date is compared as text: equal, or different.
 */
final class DateComparison extends ColumnComparison {

  private static final List<String> LEVELS = List.of("exact", "day/month swapped", "one digit off", "same year", "different");

  DateComparison(String name, int column) {
    super(name, column, LEVELS, -1);
  }

  @Override
  public int level(PreparedRecords records, int a, int b) {
    PreparedField field = records.fields[column];
    if (field.value[a] == null || field.value[b] == null) {
      return MISSING;
    }
    if (field.value[a].equals(field.value[b])) {
      return 0;
    }
    int x = field.date[a];
    int y = field.date[b];
    if (x == 0 || y == 0) {
      return 4;
    }
    if (x / 10000 == y / 10000 && x / 100 % 100 == y % 100 && x % 100 == y / 100 % 100) {
      return 1;
    }
    if (Similarity.withinOneEdit(field.value[a], field.value[b])) {
      return 2;
    }
    return x / 10000 == y / 10000 ? 3 : 4;
  }
}
