package io.vivier.quality;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Country cells as people fill them, read as ISO 3166-1 alpha-2 codes: codes in any case (FR, fr,
 * UK for GB), alpha-3 codes (FRA, DEU), and names in English or French, with or without accents,
 * hyphens or articles ("Allemagne", "GERMANY", "Etats Unis", "The Netherlands", "Côte d'Ivoire").
 *
 * <p>Names come from {@link Locale#getDisplayCountry(Locale)} in English and French for every ISO
 * country, plus the aliases in {@code quality/country-aliases.txt} (older and local names, ISO
 * official short names such as "Korea, Republic of", abbreviations such as USA or RDC, and the
 * constituent countries of the United Kingdom, which all give GB). Names are compared by key: case
 * and accents folded, dots dropped ("U.S.A." is "usa"), other punctuation read as a space, the
 * words the, of, and, et, la, le, les, l', de, du, des, d' ignored, "St." read as "Saint". A
 * name with a comma that is not known as a whole is tried again with its part before the comma.
 *
 * <p>Tables are built once when the class loads; a call costs one or two hash look-ups after
 * folding, a few hundred nanoseconds at most.
 */
public final class CountryNames {

  private static final Set<String> IGNORED_WORDS =
      Set.of("the", "of", "and", "et", "la", "le", "les", "l", "de", "du", "des", "d");
  // Upper-case alpha-2 and alpha-3 codes to alpha-2.
  private static final Map<String, String> CODES = new HashMap<>();
  // Name keys (see key()) to alpha-2.
  private static final Map<String, String> NAMES = new HashMap<>();

  static {
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      CODES.put(code, code);
      CODES.put(country.getISO3Country(), code);
      putName(country.getDisplayCountry(Locale.ENGLISH), code);
      putName(country.getDisplayCountry(Locale.FRENCH), code);
    }
    CODES.put("UK", "GB");
    for (String line : WordLists.lines("country-aliases.txt")) {
      String code = line.substring(0, 2);
      if (!CODES.containsKey(code) || line.length() < 4 || line.charAt(2) != ' ') {
        throw new IllegalStateException("bad line in quality/country-aliases.txt: " + line);
      }
      NAMES.put(key(line.substring(3)), code);
    }
  }

  private CountryNames() {}

  // "Myanmar (Burma)" is known under both "Myanmar (Burma)" and "Myanmar".
  private static void putName(String name, String code) {
    NAMES.putIfAbsent(key(name), code);
    int parenthesis = name.indexOf('(');
    if (parenthesis > 0) {
      NAMES.putIfAbsent(key(name.substring(0, parenthesis)), code);
    }
  }

  /**
   * The ISO 3166-1 alpha-2 code (upper case) of a country given by code or name; empty for null,
   * blank and unknown values. Regions and cities are unknown ("Europe", "Paris", "Bretagne").
   */
  public static Optional<String> code(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String trimmed = value.strip();
    if (trimmed.length() == 2 || trimmed.length() == 3) {
      String code = CODES.get(trimmed.toUpperCase(Locale.ROOT));
      if (code != null) {
        return Optional.of(code);
      }
    }
    if (trimmed.isEmpty() || trimmed.length() > 80) {
      return Optional.empty();
    }
    String code = NAMES.get(key(trimmed));
    if (code == null) {
      int comma = trimmed.indexOf(',');
      if (comma > 0) {
        code = NAMES.get(key(trimmed.substring(0, comma)));
      }
    }
    return Optional.ofNullable(code);
  }

  // "Côte d’Ivoire" and "COTE D'IVOIRE" both become "cote ivoire"; "St. Lucia" becomes "saint lucia".
  static String key(String name) {
    String folded = Text.fold(name);
    StringBuilder key = new StringBuilder(folded.length());
    StringBuilder word = new StringBuilder(16);
    for (int i = 0; i <= folded.length(); i++) {
      char c = i < folded.length() ? folded.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (c != '.' && word.length() > 0) {
        appendWord(key, word);
        word.setLength(0);
      }
    }
    return key.toString();
  }

  private static void appendWord(StringBuilder key, StringBuilder word) {
    String text = word.toString();
    if (IGNORED_WORDS.contains(text)) {
      return;
    }
    if (key.length() > 0) {
      key.append(' ');
    }
    key.append(text.equals("st") ? "saint" : text.equals("ste") ? "sainte" : text);
  }
}
