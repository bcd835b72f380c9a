package io.vivier.importing;

import java.util.Locale;
import java.util.Set;

/** Country names for tools that want them rather than ISO codes. */
final class ExportCountries {

  private static final Set<String> CODES = Set.of(Locale.getISOCountries());

  private ExportCountries() {}

  /** "France" for FR; the value itself when it is not an ISO 3166 alpha-2 code. */
  static Object englishName(Object code) {
    if (!(code instanceof String text) || !CODES.contains(text.toUpperCase(Locale.ROOT))) {
      return code;
    }
    return new Locale.Builder().setRegion(text).build().getDisplayCountry(Locale.ENGLISH);
  }
}
