package io.vivier.dedup;

import io.vivier.quality.EmailFlags;
import java.util.Locale;

/**
 * A guard on automatic merges: two records with different addresses at one company's e-mail
 * domain are two mailboxes of that company — colleagues, often namesakes — not one person written
 * twice (a professional and a personal address are). Such pairs go to review, never merged
 * without a person deciding.
 */
final class Colleagues {

  private Colleagues() {}

  /** Both addresses at one domain that is not a free-mail provider's, with different mailboxes. */
  static boolean byEmail(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    String x = a.strip().toLowerCase(Locale.ROOT);
    String y = b.strip().toLowerCase(Locale.ROOT);
    int ax = x.lastIndexOf('@');
    int ay = y.lastIndexOf('@');
    if (ax <= 0 || ay <= 0 || x.equals(y) || !x.substring(ax).equals(y.substring(ay))) {
      return false;
    }
    return !EmailFlags.of(x).freeMail();
  }
}
