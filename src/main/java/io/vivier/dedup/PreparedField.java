package io.vivier.dedup;

/**
 * The normalised values of one column, as arrays indexed by record so that comparing a pair is a
 * few array reads. Which arrays are filled depends on the type: {@code value} always (null for no
 * value), {@code code} for names (Soundex2) and e-mails (the local part), {@code words} and
 * {@code wordWeights} for names, companies, streets and text, {@code date} for dates,
 * {@code frequency} for the types whose exact agreement is adjusted by the value's frequency,
 * {@code companyMail} for e-mails (the domain is a company's, not a free-mail provider's).
 */
final class PreparedField {

  final FieldType type;
  final String[] value;
  final String[] code;
  final String[][] words;
  final float[][] wordWeights;
  final int[] date;
  final float[] frequency;
  final FieldStatistics statistics;
  final boolean[] companyMail;

  PreparedField(FieldType type, String[] value, String[] code, String[][] words, float[][] wordWeights, int[] date,
      float[] frequency, FieldStatistics statistics, boolean[] companyMail) {
    this.type = type;
    this.value = value;
    this.code = code;
    this.words = words;
    this.wordWeights = wordWeights;
    this.date = date;
    this.frequency = frequency;
    this.statistics = statistics;
    this.companyMail = companyMail;
  }

  static boolean hasWords(FieldType type) {
    return type == FieldType.FULL_NAME || type == FieldType.COMPANY || type == FieldType.STREET || type == FieldType.TEXT;
  }

  static boolean hasFrequency(FieldType type) {
    return type == FieldType.GIVEN_NAME || type == FieldType.SURNAME || type == FieldType.FULL_NAME
        || type == FieldType.COMPANY || type == FieldType.CITY;
  }
}
