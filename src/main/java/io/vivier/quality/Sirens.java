package io.vivier.quality;

import java.util.Optional;

/**
 * French company identifiers: SIREN (9 digits) and SIRET (SIREN + 5-digit establishment number),
 * both protected by the Luhn key. La Poste's establishments (SIREN 356 000 000) use a digit-sum
 * rule instead, as INSEE documents.
 */
public final class Sirens {

  private static final String LA_POSTE = "356000000";

  private Sirens() {}

  /** The 9 digits when valid (spaces, dots and dashes ignored). */
  public static Optional<String> siren(String value) {
    String digits = digits(value);
    return digits != null && digits.length() == 9 && luhn(digits) ? Optional.of(digits) : Optional.empty();
  }

  /** The 14 digits when valid (spaces, dots and dashes ignored). */
  public static Optional<String> siret(String value) {
    String digits = digits(value);
    if (digits == null || digits.length() != 14) {
      return Optional.empty();
    }
    boolean valid =
        digits.startsWith(LA_POSTE) ? digitSum(digits) % 5 == 0 : luhn(digits) && luhn(digits.substring(0, 9));
    return valid ? Optional.of(digits) : Optional.empty();
  }

  private static String digits(String value) {
    if (value == null) {
      return null;
    }
    String digits = value.replaceAll("[\\s.\\-\\u00A0]", "");
    return digits.chars().allMatch(Character::isDigit) ? digits : null;
  }

  static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }

  private static int digitSum(String digits) {
    return digits.chars().map(c -> c - '0').sum();
  }
}
