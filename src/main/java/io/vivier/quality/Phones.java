package io.vivier.quality;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Map;
import java.util.Optional;

/** Telephone numbers to E.164 with libphonenumber. */
public final class Phones {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

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
    // remember numbers already in E.164 form: stored numbers come back through here on every write
    result.filter(number -> number.equals(value)).ifPresent(number -> {
      if (CACHE.size() > 200_000) {
        CACHE.clear();
      }
      CACHE.put(number, Boolean.TRUE);
    });
    return result;
  }

  /** Valid E.164 numbers seen lately (libphonenumber takes ~10 µs a number); bounded. */
  private static final Map<String, Boolean> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  private static Optional<String> parse(String value, String region) {
    if (value == null || value.isBlank() || value.length() > 64) {
      return Optional.empty();
    }
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
}
