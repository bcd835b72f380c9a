package io.vivier.quality;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes. {@link CountryNames} also reads alpha-3 codes and names. */
public final class Countries {

  private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

  private Countries() {}

  /** The upper-case code when {@code value} is a known alpha-2 code, any case. */
  public static Optional<String> code(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String code = value.strip().toUpperCase(Locale.ROOT);
    if (code.equals("UK")) {
      code = "GB";
    }
    return CODES.contains(code) ? Optional.of(code) : Optional.empty();
  }
}
