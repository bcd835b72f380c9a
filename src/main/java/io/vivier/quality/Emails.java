package io.vivier.quality;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * E-mail syntax as mail systems accept it in practice (RFC 5321 lengths, dot-atom local part,
 * internationalised domains converted with IDNA). Quoted local parts and IP-literal domains are
 * refused: they are legal but never seen in prospect data and usually mean a parsing accident.
 */
public final class Emails {

  private static final Pattern LOCAL =
      Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~\\-\\p{L}\\p{N}]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\\-\\p{L}\\p{N}]+)*");
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  private Emails() {}

  /** The address with its domain lower-cased and in ASCII form, or empty when not valid. */
  public static Optional<String> normalise(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String email = value.strip();
    if (email.startsWith("mailto:")) {
      email = email.substring(7);
    }
    int at = email.lastIndexOf('@');
    if (at <= 0 || at == email.length() - 1 || email.length() > 254) {
      return Optional.empty();
    }
    String local = email.substring(0, at);
    String domain = email.substring(at + 1);
    if (local.length() > 64 || !LOCAL.matcher(local).matches()) {
      return Optional.empty();
    }
    String asciiDomain;
    try {
      asciiDomain = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String[] labels = asciiDomain.split("\\.", -1);
    if (labels.length < 2 || asciiDomain.length() > 253) {
      return Optional.empty();
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        return Optional.empty();
      }
    }
    if (!labels[labels.length - 1].matches("[a-z]{2,63}|xn--[a-z0-9-]+")) {
      return Optional.empty();
    }
    return Optional.of(local + "@" + asciiDomain);
  }

  /** The matching key: the whole address lower-cased. */
  public static String key(String normalisedEmail) {
    return normalisedEmail.toLowerCase(Locale.ROOT);
  }
}
