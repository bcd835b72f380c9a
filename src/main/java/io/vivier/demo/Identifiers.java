package io.vivier.demo;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.vivier.quality.Text;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Identifiers that pass Vivier's checks: SIREN and SIRET with their Luhn keys, telephone numbers
 * libphonenumber holds valid, e-mail local parts and LinkedIn slugs. One instance per run, so that
 * a run never hands out the same SIREN or fiction number twice.
 */
final class Identifiers {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  /** ARCEP's numbers for fiction, by French area: the first five digits after +33; four follow. */
  private static final Map<String, String> FICTION =
      Map.of("1", "19900", "2", "26191", "3", "35301", "4", "46571", "5", "53649");
  private static final int FICTION_SIZE = 10_000;
  /** Prime to {@link #FICTION_SIZE}, so that i * STEP walks every number of a range once. */
  private static final long STEP = 7919;

  private final Dice dice;
  private final Set<String> sirens = new HashSet<>();
  private final Map<String, Integer> fictionUsed = new HashMap<>();
  private final Map<String, Integer> fictionOffset = new HashMap<>();

  Identifiers(Dice dice) {
    this.dice = dice;
    for (String area : new String[] {"1", "2", "3", "4", "5"}) {
      fictionOffset.put(area, dice.between(0, FICTION_SIZE - 1));
    }
  }

  /** A new SIREN: 8 digits and the Luhn key, as INSEE gives companies (first digit 3 to 9, not 6). */
  String siren() {
    while (true) {
      String base = dice.pick("3", "4", "5", "7", "8", "8", "9", "9") + dice.digits(7);
      String siren = base + luhnKey(base);
      if (sirens.add(siren)) {
        return siren;
      }
    }
  }

  /** The SIRET of the head office: the SIREN, a 4-digit establishment number and the Luhn key. */
  String siret(String siren) {
    String base = siren + "000" + dice.between(1, 4);
    return base + luhnKey(base);
  }

  /** The digit that makes {@code digits} followed by it pass the Luhn check. */
  static int luhnKey(String digits) {
    int sum = 0;
    // the key is in position 0 from the right, so the last digit given is doubled
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 0) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return (10 - sum % 10) % 10;
  }

  /**
   * A landline in the area of {@code city}: in France from the fiction ranges while they last, else
   * a random valid number. International form, or French national form when {@code national}.
   */
  String landline(Places.City city, boolean national) {
    String number =
        switch (city.country()) {
          case "FR" -> {
            String fiction = fiction(city.area());
            yield fiction != null ? fiction : valid(() -> "+33" + city.area() + dice.digits(8));
          }
          case "BE" -> valid(() -> "+32" + city.area() + dice.digits(8 - city.area().length()));
          default -> valid(() -> "+41" + city.area() + dice.digits(7));
        };
    return format(number, national && city.country().equals("FR"));
  }

  /** A mobile number of the country (FR, BE or CH). */
  String mobile(String country, boolean national) {
    String number =
        switch (country) {
          case "BE" -> valid(() -> "+32" + dice.pick("47", "48", "49") + dice.digits(7));
          case "CH" -> valid(() -> "+41" + dice.pick("76", "77", "78", "79") + dice.digits(7));
          default -> valid(() -> "+33" + dice.pick("6", "6", "6", "7") + dice.digits(8));
        };
    return format(number, national && country.equals("FR"));
  }

  private String fiction(String area) {
    String prefix = FICTION.get(area);
    int used = fictionUsed.merge(area, 1, Integer::sum) - 1;
    if (prefix == null || used >= FICTION_SIZE) {
      return null;
    }
    long index = (used * STEP + fictionOffset.get(area)) % FICTION_SIZE;
    return "+33" + prefix + String.format("%04d", index);
  }

  private static String valid(java.util.function.Supplier<String> candidates) {
    for (int attempt = 0; attempt < 1000; attempt++) {
      String candidate = candidates.get();
      if (parse(candidate) != null) {
        return candidate;
      }
    }
    throw new IllegalStateException("no valid phone number found");
  }

  private static PhoneNumber parse(String e164) {
    try {
      PhoneNumber number = PHONES.parse(e164, "FR");
      return PHONES.isValidNumber(number) ? number : null;
    } catch (NumberParseException e) {
      return null;
    }
  }

  private static String format(String e164, boolean national) {
    PhoneNumber number = parse(e164);
    if (number == null) {
      throw new IllegalStateException("not a valid phone number: " + e164);
    }
    return PHONES.format(number, national ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
  }

  /** A name as it appears in an e-mail address: "Le Gall" gives "legall", "Jean-François" "jean-francois". */
  static String emailWord(String name) {
    return Text.fold(name).replaceAll("[^a-z0-9-]", "");
  }

  /** Words of a name joined by dashes, as in web domains and LinkedIn addresses. */
  static String slug(String text) {
    return Text.fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
  }

  /** A personal LinkedIn address such as https://www.linkedin.com/in/helene-lefevre-4b2a19. */
  String linkedInPerson(String firstName, String lastName) {
    return "https://www.linkedin.com/in/" + slug(firstName + " " + lastName) + "-" + dice.alphanumeric(6);
  }
}
