package io.vivier.dedup;

import java.util.List;

/**
 * Names, company names, street addresses and free text compared as sets of words, weighted by
 * rarity (see {@link Similarity#words}): exact (the same words in any order, so "Dupont Jean" and
 * "Jean Dupont" agree, as do "Groupe Dupont SAS" and "Dupont" once legal forms and stop words are
 * gone); close (similarity ≥ 0.9); similar (≥ 0.7); some words shared (≥ 0.4); or different.
 * Streets that start with different house numbers have a level of their own, the strongest
 * disagreement: two sites of one organisation share a street more often than a number. Exact agreement of names and
 * company names is weighed by frequency.
 */
final class WordsComparison extends ColumnComparison {

  private static final List<String> LEVELS = List.of("exact", "close", "similar", "some words", "different");
  private static final List<String> STREET_LEVELS = List.of("exact", "close", "similar", "some words", "different", "other house number");

  private final boolean isStreet;

  WordsComparison(String name, int column, boolean byFrequency, boolean isStreet) {
    super(name, column, isStreet ? STREET_LEVELS : LEVELS, byFrequency ? column : -1);
    this.isStreet = isStreet;
  }

  private static boolean differentHouseNumbers(String[] a, String[] b) {
    String x = Similarity.houseNumber(a);
    String y = Similarity.houseNumber(b);
    return x != null && y != null && !x.equals(y);
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
    if (isStreet && differentHouseNumbers(field.words[a], field.words[b])) {
      return 5;
    }
    double s = Similarity.words(field.words[a], field.wordWeights[a], field.words[b], field.wordWeights[b]);
    return s >= 0.9 ? 1 : s >= 0.7 ? 2 : s >= 0.4 ? 3 : 4;
  }
}
