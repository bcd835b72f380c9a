package io.vivier.quality;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Company web domains: "https://www.Example.fr/contact" becomes "example.fr". */
public final class Domains {

  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  private Domains() {}

  public static Optional<String> normalise(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String domain = value.strip().toLowerCase(Locale.ROOT);
    domain = domain.replaceFirst("^[a-z][a-z0-9+.-]*://", "");
    int cut = indexOfAny(domain, "/?#:");
    if (cut >= 0) {
      domain = domain.substring(0, cut);
    }
    if (domain.startsWith("www.")) {
      domain = domain.substring(4);
    }
    try {
      domain = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2 || domain.length() > 253) {
      return Optional.empty();
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        return Optional.empty();
      }
    }
    return labels[labels.length - 1].matches("[a-z]{2,63}|xn--[a-z0-9-]+") ? Optional.of(domain) : Optional.empty();
  }

  private static int indexOfAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
