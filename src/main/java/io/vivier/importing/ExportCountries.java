package io.vivier.importing;

import java.util.Locale;

/** Country names for tools that want them rather than ISO codes. */
final class ExportCountries {

  private ExportCountries() {}

  /** "France" for FR; the value itself when it is not a known ISO 3166 alpha-2 code. */
  static Object englishName(Object code) {
    if (!(code instanceof String text) || text.length() != 2) {
      return code;
    }
    String name = new Locale("", text.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
    return name.isEmpty() || name.equalsIgnoreCase(text) ? code : name;
  }
}
