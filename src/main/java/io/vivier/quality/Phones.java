package io.vivier.quality;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Map;
import java.util.Optional;

/**
 * Telephone numbers to E.164 with libphonenumber. French numbers written the usual ways ("01 23 45
 * 67 89", "0123456789", "+33 1 23 45 67 89", "0033…") skip libphonenumber's text parser (about 7
 * µs a number, most of an import's cleaning time) and go straight to its validity check.
 */
public final class Phones {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final int FRANCE = 33;

  private Phones() {}

  /**
   * The number in E.164 form (+33123456789), reading national numbers in {@code region} (an ISO
   * 3166 alpha-2 code, FR when null); empty when the number is not a valid one.
   */
  public static Optional<String> e164(String value, String region) {
    if (value != null && value.length() >= 9 && value.charAt(0) == '+' && CACHE.containsKey(value)) {
      return Optional.of(value);
    }
    Optional<String> result = parse(value, region);
    // remember valid E.164 numbers: the numbers an import stores come back through here when it writes them
    result.ifPresent(number -> {
      if (CACHE.size() > 200_000) {
        CACHE.clear();
      }
      CACHE.put(number, Boolean.TRUE);
    });
    return result;
  }

  /** Valid E.164 numbers seen lately; bounded. */
  private static final Map<String, Boolean> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  private static Optional<String> parse(String value, String region) {
    if (value == null || value.isBlank() || value.length() > 64) {
      return Optional.empty();
    }
    long french = frenchNationalNumber(value, region == null ? "FR" : region);
    if (french > 0) {
      PhoneNumber number = new PhoneNumber().setCountryCode(FRANCE).setNationalNumber(french);
      return UTIL.isValidNumber(number) ? Optional.of("+33" + french) : Optional.empty();
    }
    return parsed(value, region);
  }

  /** The number read by libphonenumber's parser (what {@link #e164} gives, more slowly for French numbers). */
  static Optional<String> parsed(String value, String region) {
    try {
      PhoneNumber number = UTIL.parse(value, region == null ? "FR" : region);
      if (!UTIL.isValidNumber(number)) {
        return Optional.empty();
      }
      return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The 9-digit national number of a French number written as digits with spaces, dots, dashes
   * or slashes between them: "+33" or "0033" and 9 digits, or, in region FR, "0" and 9 digits;
   * 0 for anything else (which goes through libphonenumber's parser).
   */
  static long frenchNationalNumber(String value, String region) {
    long digits = 0;
    int count = 0;
    int start = 0;
    boolean international = false;
    int length = value.length();
    while (start < length && value.charAt(start) == ' ') {
      start++;
    }
    if (start < length && value.charAt(start) == '+') {
      international = true;
      start++;
    }
    long national = 0;
    for (int i = start; i < length; i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        if (count == 19) {
          return 0;
        }
        digits = digits * 10 + (c - '0');
        count++;
      } else if (c != ' ' && c != '.' && c != '-' && c != '/' && c != '\u00A0') {
        return 0;
      }
    }
    if (international) {
      // +33 then 9 digits, the first not 0
      if (count != 11 || digits / 1_000_000_000L != FRANCE) {
        return 0;
      }
      national = digits % 1_000_000_000L;
    } else if (count == 13 && digits / 1_000_000_000L == FRANCE) {
      // 0033 then 9 digits (the leading zeros are not in the number)
      national = digits % 1_000_000_000L;
    } else if (count == 10 && "FR".equals(region) && digits < 1_000_000_000L) {
      // 0 then 9 digits
      national = digits;
    } else {
      return 0;
    }
    return national >= 100_000_000L ? national : 0;
  }
}
