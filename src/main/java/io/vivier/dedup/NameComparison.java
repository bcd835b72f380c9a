package io.vivier.dedup;

import java.util.List;

/**
 * A one-word name (given name, surname) or a city: exact; close (Jaro–Winkler ≥ 0.92 or one edit:
 * "Dupont"/"Dupond", "Philippe"/"Phillipe"); sounding alike in French (same {@link Soundex2} code
 * or Jaro–Winkler ≥ 0.8: "Lefèvre"/"Lefebvre"); for given names, an initial against a name that
 * starts with it ("J" / "Jean"); for names with a partner column, swapped (this record's given name
 * is the other's surname and the reverse); or different. Exact agreement is weighed by frequency.
 */
final class NameComparison extends ColumnComparison {

  private static final List<String> NAME_LEVELS = List.of("exact", "close", "alike", "initial", "swapped", "different");
  private static final List<String> CITY_LEVELS = List.of("exact", "close", "alike", "different");

  private final int partner;
  private final boolean isCity;

  /**
   * @param partner the column holding the other part of the name (surname for a given name and
   *     the reverse), for swapped names; -1 for none
   */
  NameComparison(String name, int column, int partner, boolean isCity) {
    super(name, column, isCity ? CITY_LEVELS : NAME_LEVELS, column);
    this.partner = partner;
    this.isCity = isCity;
  }

  @Override
  public int level(PreparedRecords records, int a, int b) {
    PreparedField field = records.fields[column];
    String x = field.value[a];
    String y = field.value[b];
    if (x == null || y == null) {
      return MISSING;
    }
    int different = levels().size() - 1;
    if (x.equals(y)) {
      return 0;
    }
    double jaroWinkler = Similarity.jaroWinkler(x, y, 0.7);
    if (jaroWinkler >= 0.92 || (jaroWinkler >= 0.7 && Similarity.withinOneEdit(x, y))) {
      return 1;
    }
    if (swapped(records, a, b)) {
      return 4;
    }
    String cx = field.code[a];
    String cy = field.code[b];
    if ((!cx.isEmpty() && cx.equals(cy)) || jaroWinkler >= 0.8) {
      return 2;
    }
    if (!isCity && (x.length() == 1 || y.length() == 1) && x.charAt(0) == y.charAt(0)) {
      return 3;
    }
    return different;
  }

  private boolean swapped(PreparedRecords records, int a, int b) {
    if (partner < 0 || isCity) {
      return false;
    }
    String[] mine = records.fields[column].value;
    String[] theirs = records.fields[partner].value;
    return mine[a].equals(theirs[b]) && mine[b].equals(theirs[a]);
  }
}
