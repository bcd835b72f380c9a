package io.vivier.dedup;

import io.vivier.quality.Text;
import java.util.List;

/**
 * E-mail addresses: exact; close (one typo: "jean.dupont@acme.fr" and "jean.dupond@acme.fr");
 * fitting the name; or different. The same local part at another domain is not "close": it is
 * made of the name, which the name comparisons count already, and two Jean Martins at two
 * companies both write "jean.martin@".
 *
 * <p>"Fits name" is for a record whose only trace of a name is its e-mail: when a record has an
 * e-mail but no given name or surname, its local part is compared with the other record's names
 * ("jdupont", "jean.dupont", "dupontj"… ~ "Jean Dupont"). When both records have names, the name
 * comparisons already count that evidence, and counting it again through the e-mail would make
 * every "Jean Martin" the same person.
 */
final class EmailComparison extends ColumnComparison {

  private static final List<String> LEVELS = List.of("exact", "close", "fits name", "different");

  private final int givenName;
  private final int surname;

  EmailComparison(String name, int column, int givenName, int surname) {
    super(name, column, LEVELS, -1);
    this.givenName = givenName;
    this.surname = surname;
  }

  @Override
  public int level(PreparedRecords records, int a, int b) {
    PreparedField field = records.fields[column];
    String x = field.value[a];
    String y = field.value[b];
    if (x == null && y == null) {
      return MISSING;
    }
    if (x != null && y != null) {
      if (x.equals(y)) {
        return 0;
      }
      if (Similarity.withinOneEdit(x, y)) {
        return 1;
      }
    }
    boolean fits = (x != null && !hasNames(records, a) && fitsName(field.code[a], records, b))
        || (y != null && !hasNames(records, b) && fitsName(field.code[b], records, a));
    return fits ? 2 : x == null || y == null ? MISSING : 3;
  }

  private boolean hasNames(PreparedRecords records, int r) {
    return givenName >= 0 && surname >= 0 && records.fields[givenName].value[r] != null && records.fields[surname].value[r] != null;
  }

  /** Whether an e-mail's local part is made of the given name and surname of record r. */
  boolean fitsName(String local, PreparedRecords records, int r) {
    if (givenName < 0 || surname < 0) {
      return false;
    }
    String given = records.fields[givenName].value[r];
    String last = records.fields[surname].value[r];
    if (given == null || last == null) {
      return false;
    }
    String l = lettersOf(local);
    String g = lettersOf(given);
    String s = lettersOf(last);
    if (l.length() < 3 || g.isEmpty() || s.isEmpty()) {
      return false;
    }
    return l.equals(g + s) || l.equals(s + g) || l.equals(g.charAt(0) + s) || l.equals(s + g.charAt(0))
        || (l.equals(s) && s.length() >= 4);
  }

  private static String lettersOf(String value) {
    String folded = Text.fold(value);
    StringBuilder letters = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letters.append(c);
      }
    }
    return letters.toString();
  }
}
