package io.vivier.quality;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Head counts as files give them, read as a count and a standard range. The range labels are
 * those of {@code io.vivier.prospect.EmployeeRange}, aligned on INSEE's "tranches d'effectifs
 * salariés": 0, 1-2, 3-5, 6-9, 10-19, 20-49, 50-99, 100-199, 200-249, 250-499, 500-999,
 * 1000-1999, 2000-4999, 5000-9999, 10000+. This package does not depend on the prospect feature,
 * so the caller maps the label.
 *
 * <p>A hand-written scanner, no regular expression, no exception on bad input: a few hundred
 * nanoseconds at most.
 */
public final class EmployeeCounts {

  /**
   * A head count read from a cell.
   *
   * @param employees the exact count when the cell gives one, null when it gives only a range
   * @param range the standard range label (never null)
   */
  public record EmployeeCount(Long employees, String range) {}

  private static final String[] LABELS = {"0", "1-2", "3-5", "6-9", "10-19", "20-49", "50-99", "100-199",
      "200-249", "250-499", "500-999", "1000-1999", "2000-4999", "5000-9999", "10000+"};
  private static final long[] LOWER_BOUNDS = {0, 1, 3, 6, 10, 20, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000};

  private static final Map<String, String> TRANCHES = Map.ofEntries(
      Map.entry("NN", "0"), Map.entry("00", "0"), Map.entry("01", "1-2"), Map.entry("02", "3-5"),
      Map.entry("03", "6-9"), Map.entry("11", "10-19"), Map.entry("12", "20-49"), Map.entry("21", "50-99"),
      Map.entry("22", "100-199"), Map.entry("31", "200-249"), Map.entry("32", "250-499"),
      Map.entry("41", "500-999"), Map.entry("42", "1000-1999"), Map.entry("51", "2000-4999"),
      Map.entry("52", "5000-9999"), Map.entry("53", "10000+"));

  // Token kinds.
  private static final int NUMBER = 0;
  private static final int TO = 1; // "à", "to", "-", "et" between two numbers
  private static final int MORE = 2; // "plus", "more", "over", ">", "+": strict before a number, inclusive after
  private static final int AT_LEAST = 3; // "au moins", "at least", "minimum", ">="
  private static final int LESS = 4; // "moins", "less", "under", "<": strict before a number, inclusive after
  private static final int AT_MOST = 5; // "jusqu'à", "up to", "au plus", "maximum", "<="
  private static final int MAX_TOKENS = 8;
  private static final long MAX_COUNT = 100_000_000_000L;

  private static final Set<String> IGNORED_WORDS = Set.of("salaries", "salarie", "salariees", "salariee", "employes",
      "employe", "employees", "employee", "emp", "empl", "emps", "staff", "personnes", "personne", "pers", "people",
      "persons", "effectif", "effectifs", "etp", "fte", "collaborateurs", "collaborateur", "agents", "workers",
      "headcount", "tranche", "total", "env", "environ", "about", "approx", "approximately", "approximativement",
      "around", "ca", "circa", "de", "d", "des", "du", "from", "entre", "between", "than", "que", "at", "of");
  private static final Map<String, Integer> OPERATOR_WORDS = Map.ofEntries(
      Map.entry("a", TO), Map.entry("to", TO), Map.entry("et", TO), Map.entry("and", TO), Map.entry("ou", TO),
      Map.entry("or", TO), Map.entry("plus", MORE), Map.entry("more", MORE), Map.entry("over", MORE),
      Map.entry("above", MORE), Map.entry("superieur", MORE), Map.entry("sup", MORE), Map.entry("least", AT_LEAST),
      Map.entry("minimum", AT_LEAST), Map.entry("min", AT_LEAST), Map.entry("moins", LESS),
      Map.entry("less", LESS), Map.entry("fewer", LESS), Map.entry("under", LESS), Map.entry("below", LESS),
      Map.entry("inferieur", LESS), Map.entry("jusqu", AT_MOST), Map.entry("up", AT_MOST),
      Map.entry("maximum", AT_MOST), Map.entry("max", AT_MOST), Map.entry("most", AT_MOST));
  private static final Set<String> NONE_WORDS = Set.of("aucun", "none", "sans", "zero", "neant");

  private EmployeeCounts() {}

  /**
   * The standard range label of a head count: {@code rangeOf(42)} is "20-49".
   *
   * @throws IllegalArgumentException when {@code employees} is negative
   */
  public static String rangeOf(long employees) {
    if (employees < 0) {
      throw new IllegalArgumentException("a head count cannot be negative: " + employees);
    }
    int i = LOWER_BOUNDS.length - 1;
    while (LOWER_BOUNDS[i] > employees) {
      i--;
    }
    return LABELS[i];
  }

  /**
   * The range of an INSEE "tranche d'effectif salarié" code (the {@code trancheEffectifsUniteLegale}
   * of the Sirene register): 00 → "0", 01 → "1-2", 02 → "3-5", 03 → "6-9", 11 → "10-19", 12 →
   * "20-49", 21 → "50-99", 22 → "100-199", 31 → "200-249", 32 → "250-499", 41 → "500-999", 42 →
   * "1000-1999", 51 → "2000-4999", 52 → "5000-9999", 53 → "10000+". NN (a unit without employees)
   * is "0"; 0 to 3 are read as 00 to 03, the way spreadsheets drop the leading zero. The count is
   * always null. Use this only on a column known to hold tranche codes: elsewhere "21" means 21
   * employees, which is what {@link #parse} reads.
   */
  public static Optional<EmployeeCount> parseTranche(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String key = code.strip().toUpperCase(Locale.ROOT);
    if (key.length() == 1) {
      key = "0" + key;
    }
    String range = TRANCHES.get(key);
    return range == null ? Optional.empty() : Optional.of(new EmployeeCount(null, range));
  }

  /**
   * The head count of a cell. Reads:
   *
   * <ul>
   *   <li>a count: "42", "1 000" (spaces, non-breaking spaces, dots, commas or apostrophes between
   *       groups of three digits), "1,5k", "42 salariés", "environ 40", "aucun" (0). A separator
   *       followed by exactly three digits groups thousands, so "1.000" and "1,000" are both 1000;
   *       any other fraction ("12,5") is refused unless a "k" follows.
   *   <li>a range: "50-99", "50 à 99", "de 50 à 99 salariés", "entre 50 et 99", "250 - 499",
   *       "10 to 19";
   *   <li>an open range: "1 000+", "10000+", "500 et plus", "500 or more", "au moins 500", "at
   *       least 500" (from the bound), "plus de 500", "more than 500", "> 500" (from the bound plus
   *       one), "moins de 10", "less than 10", "< 10" (up to the bound minus one), "jusqu'à 10",
   *       "up to 10" (up to the bound).
   * </ul>
   *
   * <p>A range that fits in one standard range gives that range. Ranges of other systems that
   * straddle standard ones (LinkedIn's 11-50, 51-200, 201-500, 1001-5000, HubSpot's 5-25 or
   * 100-500) give the standard range holding their midpoint, rounded down: 11-50 is "20-49",
   * 51-200 "100-199", 201-500 "250-499", 1001-5000 "2000-4999", 2-10 "6-9". An upper bound only
   * is read as the range from 1 to that bound ("moins de 10" is 1-9, so "3-5"); a lower bound only
   * gives the standard range of the bound ("plus de 500" is "500-999", "10000+" is "10000+").
   * These are estimates: the count is null whenever the cell gave a range.
   *
   * <p>Empty for null, blank, negative, reversed ranges ("99-50"), and anything with words not
   * listed above ("NC", "PME", "inconnu").
   */
  public static Optional<EmployeeCount> parse(String value) {
    if (value == null || value.length() > 80) {
      return Optional.empty();
    }
    String text = Text.fold(value);
    int[] kinds = new int[MAX_TOKENS];
    long[] numbers = new long[MAX_TOKENS];
    int count = tokens(text, kinds, numbers);
    if (count <= 0) {
      return Optional.empty();
    }
    return read(kinds, numbers, count);
  }

  private static Optional<EmployeeCount> read(int[] kinds, long[] numbers, int count) {
    if (count == 1 && kinds[0] == NUMBER) {
      return Optional.of(new EmployeeCount(numbers[0], rangeOf(numbers[0])));
    }
    if (count == 3 && kinds[0] == NUMBER && kinds[1] == TO && kinds[2] == NUMBER) {
      return between(numbers[0], numbers[2]);
    }
    if (count == 2 && kinds[0] == NUMBER) {
      // "500+", "500 or more", "10 or less": a comparison after the bound includes it.
      return switch (kinds[1]) {
        case MORE, AT_LEAST -> from(numbers[0]);
        case LESS, AT_MOST -> upTo(numbers[0]);
        default -> Optional.empty();
      };
    }
    if (count == 2 && kinds[1] == NUMBER) {
      long bound = numbers[1];
      return switch (kinds[0]) {
        case MORE -> from(bound + 1);
        case AT_LEAST -> from(bound);
        case LESS -> bound == 0 ? Optional.empty() : upTo(bound - 1);
        case AT_MOST -> upTo(bound);
        default -> Optional.empty();
      };
    }
    return Optional.empty();
  }

  private static Optional<EmployeeCount> between(long low, long high) {
    if (low > high) {
      return Optional.empty();
    }
    String lowRange = rangeOf(low);
    String range = lowRange.equals(rangeOf(high)) ? lowRange : rangeOf(low + (high - low) / 2);
    return Optional.of(new EmployeeCount(null, range));
  }

  private static Optional<EmployeeCount> from(long low) {
    return Optional.of(new EmployeeCount(null, rangeOf(low)));
  }

  private static Optional<EmployeeCount> upTo(long high) {
    return between(Math.min(1, high), high);
  }

  /**
   * Splits folded text into tokens, dropping ignored words. Returns the number of tokens, or -1
   * when the text holds something that is not part of a head count.
   */
  private static int tokens(String text, int[] kinds, long[] numbers) {
    int count = 0;
    int length = text.length();
    int i = 0;
    boolean afterAu = false;
    while (i < length) {
      char c = text.charAt(i);
      int kind;
      long number = 0;
      if (c >= '0' && c <= '9') {
        int end = scanNumber(text, i, numbers, count);
        if (end < 0 || afterAu) {
          return -1;
        }
        number = numbers[count];
        kind = NUMBER;
        i = end;
      } else if (Character.isLetter(c)) {
        int end = i;
        while (end < length && Character.isLetter(text.charAt(end))) {
          end++;
        }
        String word = text.substring(i, end);
        i = end;
        if (word.equals("au")) {
          afterAu = true;
          continue;
        }
        if (afterAu) {
          // "au moins" is at least, "au plus" at most.
          afterAu = false;
          if (!word.equals("moins") && !word.equals("plus")) {
            return -1;
          }
          count = add(kinds, numbers, count, word.equals("moins") ? AT_LEAST : AT_MOST, 0);
          if (count < 0) {
            return -1;
          }
          continue;
        }
        if (IGNORED_WORDS.contains(word)) {
          continue;
        }
        if (NONE_WORDS.contains(word)) {
          kind = NUMBER;
        } else {
          Integer operator = OPERATOR_WORDS.get(word);
          if (operator == null) {
            return -1;
          }
          kind = operator;
        }
      } else {
        i++;
        if (afterAu && !Character.isWhitespace(c)) {
          return -1;
        }
        if (c == '>' || c == '<' || c == '≥' || c == '≤') {
          boolean orEqual = i < length && text.charAt(i) == '=';
          if (orEqual) {
            i++;
          }
          boolean more = c == '>' || c == '≥';
          kind = more ? (orEqual || c == '≥' ? AT_LEAST : MORE) : (orEqual || c == '≤' ? AT_MOST : LESS);
        } else if (c == '+') {
          kind = MORE;
        } else if (c == '-' || c == '–' || c == '—') {
          kind = TO;
        } else if (Character.isWhitespace(c) || c == '~' || c == '(' || c == ')' || c == ',' || c == '.'
            || c == '\'' || c == '’' || c == ':' || c == '\u00A0' || c == '\u202F') {
          continue;
        } else {
          return -1;
        }
      }
      count = add(kinds, numbers, count, kind, number);
      if (count < 0) {
        return -1;
      }
    }
    return afterAu ? -1 : dropDanglingConnectors(kinds, numbers, count);
  }

  private static int add(int[] kinds, long[] numbers, int count, int kind, long number) {
    if (count == MAX_TOKENS) {
      return -1;
    }
    kinds[count] = kind;
    numbers[count] = number;
    return count + 1;
  }

  // "500 et plus", "500 or more", "up to 10": the connector is part of the comparison, not a range.
  private static int dropDanglingConnectors(int[] kinds, long[] numbers, int count) {
    int kept = 0;
    for (int i = 0; i < count; i++) {
      boolean connector = kinds[i] == TO;
      boolean betweenNumbers = i > 0 && i + 1 < count && kinds[i - 1] == NUMBER && kinds[i + 1] == NUMBER;
      if (connector && !betweenNumbers) {
        boolean afterOperator = i > 0 && kinds[i - 1] != NUMBER;
        boolean beforeOperator = i + 1 < count && kinds[i + 1] != NUMBER;
        if (afterOperator || beforeOperator) {
          continue;
        }
        return -1;
      }
      kinds[kept] = kinds[i];
      numbers[kept] = numbers[i];
      kept++;
    }
    return kept;
  }

  /**
   * Reads the number starting at {@code start} into {@code numbers[slot]}: digits, thousands
   * groups, an optional fraction before "k". Returns the index after it, or -1 when malformed.
   */
  private static int scanNumber(String text, int start, long[] numbers, int slot) {
    if (slot == MAX_TOKENS) {
      return -1;
    }
    int length = text.length();
    int i = start;
    long value = 0;
    while (i < length && isDigit(text.charAt(i))) {
      value = value * 10 + (text.charAt(i) - '0');
      if (value > MAX_COUNT) {
        return -1;
      }
      i++;
    }
    boolean grouped = i - start <= 3;
    while (grouped && i < length && isGroupSeparator(text.charAt(i)) && threeDigitsAt(text, i + 1)) {
      for (int j = i + 1; j <= i + 3; j++) {
        value = value * 10 + (text.charAt(j) - '0');
      }
      if (value > MAX_COUNT) {
        return -1;
      }
      i += 4;
    }
    int fractionDigits = 0;
    long fraction = 0;
    if (i + 1 < length && (text.charAt(i) == ',' || text.charAt(i) == '.') && isDigit(text.charAt(i + 1))) {
      int j = i + 1;
      while (j < length && isDigit(text.charAt(j)) && fractionDigits < 3) {
        fraction = fraction * 10 + (text.charAt(j) - '0');
        fractionDigits++;
        j++;
      }
      if (j >= length || text.charAt(j) != 'k') {
        return -1;
      }
      i = j;
    }
    if (i < length && text.charAt(i) == 'k' && (i + 1 == length || !Character.isLetter(text.charAt(i + 1)))) {
      long scale = 1000;
      for (int d = 0; d < fractionDigits; d++) {
        scale /= 10;
      }
      value = value * 1000 + fraction * scale;
      if (value > MAX_COUNT) {
        return -1;
      }
      i++;
    }
    if (i < length && Character.isLetterOrDigit(text.charAt(i))) {
      return -1;
    }
    numbers[slot] = value;
    return i;
  }

  private static boolean threeDigitsAt(String text, int i) {
    return i + 3 <= text.length() && isDigit(text.charAt(i)) && isDigit(text.charAt(i + 1))
        && isDigit(text.charAt(i + 2)) && (i + 3 == text.length() || !isDigit(text.charAt(i + 3)));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isGroupSeparator(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '.' || c == ',' || c == '\'' || c == '’';
  }
}
