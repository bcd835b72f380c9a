package io.vivier.dedup;

import io.vivier.quality.Text;
import java.util.List;

/**
 * E-mail addresses: exact; close (one typo: "jean.dupont@acme.fr" and "jean.dupond@acme.fr", but
 * not a different number: "jean.martin2@" is another Jean Martin's mailbox);
 * fitting the name; or different. The same local part at another domain is not "close": it is
 * made of the name, which the name comparisons count already, and two Jean Martins at two
 * companies both write "jean.martin@".
 *
 * <p>"Fits name" is for a record whose only trace of a name is its e-mail: when a record has an
 * e-mail but no given name or surname, its local part is compared with the other record's names
 * ("jdupont", "jean.dupont", "dupontj"… ~ "Jean Dupont"). When both records have names, the name
 * comparisons already count that evidence, and counting it again through the e-mail would make
 * every "Jean Martin" the same person.
 *
 * <p>"Colleague" is two different mailboxes at one company's domain (not a free-mail provider's),
 * unless both spell the name in two ways ("paul.navarro@" and "p.navarro@", aliases as often):
 * "jean.martin12@societe.fr" and "jean.martin57@societe.fr" are two people the company gave an
 * address each, often namesakes, where a professional and a personal address ("different") are
 * common for one person. Without labels the estimator cannot tell the two apart (both are frequent
 * among pairs sharing a name and a company), so this level's weight is fixed: strong evidence of
 * two people, {@value #COLLEAGUE_WEIGHT} bits.
 */
final class EmailComparison extends ColumnComparison {

  private static final List<String> LEVELS = List.of("exact", "close", "fits name", "different", "colleague");
  private static final int COLLEAGUE = 4;
  static final double COLLEAGUE_WEIGHT = -10;

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
      if (Similarity.withinOneEdit(x, y) && sameDigits(field.code[a], field.code[b])) {
        return 1;
      }
    }
    boolean fits = (x != null && !hasNames(records, a) && fitsName(field.code[a], records, b))
        || (y != null && !hasNames(records, b) && fitsName(field.code[b], records, a));
    if (fits) {
      return 2;
    }
    if (x == null || y == null) {
      return MISSING;
    }
    if (field.companyMail[a] && sameDomain(x, y) && !aliases(field.code[a], a, field.code[b], b, records)) {
      return COLLEAGUE;
    }
    return 3;
  }

  /**
   * Two mailboxes both spelling the name of both records in different ways ("paul.navarro@" and
   * "p.navarro@" for Paul Navarro): as likely one person's aliases as two namesakes, so not taken
   * as colleagues. Numbered mailboxes ("paul.navarro2@") are namesakes and do not fit.
   */
  private boolean aliases(String localA, int a, String localB, int b, PreparedRecords records) {
    return sameDigits(localA, localB) && fitsName(localA, records, a) && fitsName(localA, records, b) && fitsName(localB, records, a) && fitsName(localB, records, b);
  }

  @Override
  public double fixedWeight(int level) {
    return level == COLLEAGUE ? COLLEAGUE_WEIGHT : Double.NaN;
  }

  /**
   * Whether two local parts hold the same digits: "jean.martin" and "jean.martin2", or
   * "jean.martin1" and "jean.martin2", are one edit apart but numbered mailboxes of two people.
   */
  private static boolean sameDigits(String x, String y) {
    int i = 0;
    int j = 0;
    while (true) {
      while (i < x.length() && !Character.isDigit(x.charAt(i))) {
        i++;
      }
      while (j < y.length() && !Character.isDigit(y.charAt(j))) {
        j++;
      }
      if (i == x.length() || j == y.length()) {
        return i == x.length() && j == y.length();
      }
      if (x.charAt(i++) != y.charAt(j++)) {
        return false;
      }
    }
  }

  private static boolean sameDomain(String x, String y) {
    int ax = x.lastIndexOf('@');
    int ay = y.lastIndexOf('@');
    int length = x.length() - ax;
    return ax > 0 && ay > 0 && length == y.length() - ay && x.regionMatches(ax, y, ay, length);
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
