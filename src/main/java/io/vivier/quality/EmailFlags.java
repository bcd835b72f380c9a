package io.vivier.quality;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What an e-mail address says about its owner, for scoring and list hygiene: a free-mail address
 * belongs to a person rather than a company domain, a role address reaches a department
 * (contact@, rh@, no-reply@), a disposable address is meant to be abandoned.
 *
 * <p>The lists are bundled text files under {@code quality/} (free-mail-domains.txt,
 * role-local-parts.txt, disposable-domains.txt), read once when the class loads. A domain matches
 * when it or one of its parent domains is listed, so {@code mail.yahoo.fr} is free mail and
 * {@code x.mailinator.com} disposable.
 *
 * @param freeMail the domain is a consumer mail provider (gmail.com, orange.fr, yahoo.*…)
 * @param role the local part names a function, not a person (contact, info, sales, service-client…)
 * @param disposable the domain is a throw-away mail service (yopmail.com, mailinator.com…)
 */
public record EmailFlags(boolean freeMail, boolean role, boolean disposable) {

  private static final Set<String> FREE_MAIL_DOMAINS = new HashSet<>();
  // Providers listed as "yahoo.*": the name under any top-level domain.
  private static final Set<String> FREE_MAIL_BRANDS = new HashSet<>();
  // Second-level labels of country domains under which providers register (yahoo.co.uk, live.com.au).
  private static final Set<String> COUNTRY_SECOND_LEVELS = Set.of("co", "com", "net", "org", "ne", "or");
  private static final Set<String> ROLE_LOCAL_PARTS = WordLists.set("role-local-parts.txt");
  private static final Set<String> DISPOSABLE_DOMAINS = WordLists.set("disposable-domains.txt");
  // The eight possible answers, shared: of() allocates no flags.
  private static final EmailFlags[] ALL = new EmailFlags[8];

  static {
    for (String entry : WordLists.set("free-mail-domains.txt")) {
      if (entry.endsWith(".*")) {
        FREE_MAIL_BRANDS.add(entry.substring(0, entry.length() - 2));
      } else {
        FREE_MAIL_DOMAINS.add(entry);
      }
    }
    for (int i = 0; i < ALL.length; i++) {
      ALL[i] = new EmailFlags((i & 4) != 0, (i & 2) != 0, (i & 1) != 0);
    }
  }

  /** No flag set: a named person at a company domain, or an address that could not be read. */
  public static final EmailFlags NONE = ALL[0];

  /**
   * The flags of an address as {@link Emails#normalise} returns it (domain lower-case ASCII); the
   * local part is compared case-insensitively. Null, or a value without "@", gives {@link #NONE}.
   * Costs a few hash look-ups per domain label, well under a microsecond.
   */
  public static EmailFlags of(String normalisedEmail) {
    if (normalisedEmail == null) {
      return NONE;
    }
    int at = normalisedEmail.lastIndexOf('@');
    if (at <= 0 || at == normalisedEmail.length() - 1) {
      return NONE;
    }
    String domain = normalisedEmail.substring(at + 1).toLowerCase(Locale.ROOT);
    boolean freeMail = false;
    boolean disposable = false;
    for (int start = 0; start >= 0 && !(freeMail && disposable); ) {
      String candidate = start == 0 ? domain : domain.substring(start);
      if (candidate.indexOf('.') < 0) {
        break;
      }
      freeMail = freeMail || FREE_MAIL_DOMAINS.contains(candidate) || isFreeMailBrand(candidate);
      disposable = disposable || DISPOSABLE_DOMAINS.contains(candidate);
      int dot = domain.indexOf('.', start);
      start = dot < 0 ? -1 : dot + 1;
    }
    boolean role = isRole(normalisedEmail, at);
    return ALL[(freeMail ? 4 : 0) | (role ? 2 : 0) | (disposable ? 1 : 0)];
  }

  private static boolean isFreeMailBrand(String domain) {
    int dot = domain.indexOf('.');
    if (!FREE_MAIL_BRANDS.contains(domain.substring(0, dot))) {
      return false;
    }
    int next = domain.indexOf('.', dot + 1);
    if (next < 0) {
      return true;
    }
    return domain.indexOf('.', next + 1) < 0 && COUNTRY_SECOND_LEVELS.contains(domain.substring(dot + 1, next));
  }

  /**
   * A role address when the whole local part, or its first part before ".", "-" or "_", is a
   * listed role: "service-client", "contact.paris", "info2". Separators and trailing digits are
   * ignored and a "+tag" is cut.
   */
  private static boolean isRole(String email, int at) {
    int end = email.indexOf('+');
    if (end < 0 || end > at) {
      end = at;
    }
    StringBuilder whole = new StringBuilder(end);
    int firstPartEnd = -1;
    for (int i = 0; i < end; i++) {
      char c = email.charAt(i);
      if (c == '.' || c == '-' || c == '_') {
        if (firstPartEnd < 0) {
          firstPartEnd = whole.length();
        }
      } else {
        whole.append(Character.toLowerCase(c));
      }
    }
    if (ROLE_LOCAL_PARTS.contains(withoutTrailingDigits(whole, whole.length()))) {
      return true;
    }
    return firstPartEnd > 0 && ROLE_LOCAL_PARTS.contains(withoutTrailingDigits(whole, firstPartEnd));
  }

  private static String withoutTrailingDigits(CharSequence text, int end) {
    while (end > 0 && Character.isDigit(text.charAt(end - 1))) {
      end--;
    }
    return text.subSequence(0, end).toString();
  }
}
