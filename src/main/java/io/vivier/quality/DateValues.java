package io.vivier.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Date and date-time cells of imported files read as instants. Accepted shapes:
 *
 * <ul>
 *   <li>ISO: "2024-03-12", "2024-03-12T14:30", "2024-03-12T14:30:00.250Z",
 *       "2024-03-12T14:30:00+01:00" (a trailing "[Europe/Paris]" is ignored), and the
 *       spreadsheet form "2024-03-12 14:30:00"; "2024/03/12" too;
 *   <li>day first with "/", "-" or ".": "12/03/2024", "12-03-2024", "12.03.2024", "1/3/24";
 *   <li>month names in French or English, full or abbreviated, with an optional weekday:
 *       "12 mars 2024", "1er mars 2024", "mardi 12 mars 2024", "12 March 2024", "12-Mar-2024",
 *       "March 12, 2024";
 *   <li>any of these followed by a time: "14:30", "14:30:15", "14h30", "14h", "2:30 pm", with
 *       "T", a space, a comma, "à" or "at" before it and an optional offset after it ("Z",
 *       "+01:00", "+0100", "UTC", "GMT+2").
 * </ul>
 *
 * <p>A date alone is that day at 00:00 UTC, so a date survives any time zone unchanged. A date
 * and time without offset is a local time in the zone given (Europe/Paris by default); in the
 * hour skipped when clocks go forward it is moved forward by the gap, in the hour repeated when
 * they go back the earlier instant is taken ({@link LocalDateTime#atZone}).
 *
 * <p>Numeric dates are read day first, the French and European way: "03/04/2024" is 3 April. A
 * US date that cannot be read day first ("12/31/2024") is refused rather than guessed, and so are
 * impossible dates ("31/02/2024", "2023-02-29"). Two-digit years are 2000-2069 for 00-69 and
 * 1970-1999 for 70-99. Not read: Excel serial numbers, Unix timestamps, ISO week and ordinal
 * dates, compact "20240312". Years must have four digits from 1000 on.
 *
 * <p>A hand-written scanner with no regular expression and no exception on bad input: a few
 * hundred nanoseconds per value.
 */
public final class DateValues {

  /** The zone of local date-times when the caller gives none. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("janvier", 1), Map.entry("janv", 1), Map.entry("jan", 1), Map.entry("january", 1),
      Map.entry("fevrier", 2), Map.entry("fevr", 2), Map.entry("fev", 2), Map.entry("feb", 2),
      Map.entry("february", 2), Map.entry("mars", 3), Map.entry("mar", 3), Map.entry("march", 3),
      Map.entry("avril", 4), Map.entry("avr", 4), Map.entry("apr", 4), Map.entry("april", 4),
      Map.entry("mai", 5), Map.entry("may", 5), Map.entry("juin", 6), Map.entry("jun", 6), Map.entry("june", 6),
      Map.entry("juillet", 7), Map.entry("juil", 7), Map.entry("jul", 7), Map.entry("july", 7),
      Map.entry("aout", 8), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("septembre", 9),
      Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("september", 9), Map.entry("octobre", 10),
      Map.entry("oct", 10), Map.entry("october", 10), Map.entry("novembre", 11), Map.entry("nov", 11),
      Map.entry("november", 11), Map.entry("decembre", 12), Map.entry("dec", 12), Map.entry("december", 12));
  private static final Set<String> WEEKDAYS = Set.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
      "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
      "wed", "thu", "fri", "sat", "sun");
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("er", "st", "nd", "rd", "th");
  private static final int MAX_LENGTH = 64;
  private static final int NO_OFFSET = Integer.MIN_VALUE;

  private DateValues() {}

  /** The instant a cell states, local date-times read in Europe/Paris. See the class comment. */
  public static Optional<Instant> parse(String value) {
    return parse(value, DEFAULT_ZONE);
  }

  /**
   * The instant a cell states, local date-times read in {@code zone}; empty for null, blank,
   * impossible or unrecognised values. See the class comment for the shapes read.
   */
  public static Optional<Instant> parse(String value, ZoneId zone) {
    if (value == null || value.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    Scanner in = new Scanner(Text.fold(value.strip()));
    if (in.atEnd()) {
      return Optional.empty();
    }
    return in.date() && in.time() && in.offset() && in.atEnd() ? Optional.of(in.instant(zone)) : Optional.empty();
  }

  /** Reads one value left to right; each step returns false when the text does not fit. */
  private static final class Scanner {
    private final String text;
    private int i;
    private int digits;
    private int year;
    private int month;
    private int day;
    private boolean hasTime;
    private int hour;
    private int minute;
    private int second;
    private int nano;
    private int offsetSeconds = NO_OFFSET;

    Scanner(String text) {
      this.text = text;
    }

    boolean atEnd() {
      return i == text.length();
    }

    boolean date() {
      skipWeekday();
      if (isDigit(peek())) {
        int first = number(4);
        if (digits == 4) {
          return yearFirst(first);
        }
        if (digits > 2) {
          return false;
        }
        day = first;
        char separator = peek();
        if (separator == '/' || separator == '-' || separator == '.') {
          i++;
          if (isDigit(peek())) {
            month = number(2);
          } else if (!monthName()) {
            return false;
          }
          return take(separator) && year(true) && validDate();
        }
        skipOrdinalSuffix();
        return skipSpaces() && monthName() && skipSpaces() && year(false) && validDate();
      }
      // "March 12, 2024"
      if (!monthName() || !skipSpaces() || !isDigit(peek())) {
        return false;
      }
      day = number(2);
      skipOrdinalSuffix();
      take(',');
      return skipSpaces() && year(false) && validDate();
    }

    private boolean yearFirst(int first) {
      year = first;
      char separator = peek();
      if (separator != '-' && separator != '/' && separator != '.') {
        return false;
      }
      i++;
      month = number(2);
      if (digits == 0 || !take(separator)) {
        return false;
      }
      day = number(2);
      return digits > 0 && validDate();
    }

    private boolean year(boolean twoDigitsAllowed) {
      int value = number(4);
      if (digits == 2 && twoDigitsAllowed) {
        year = value < 70 ? 2000 + value : 1900 + value;
        return true;
      }
      year = value;
      return digits == 4;
    }

    private boolean validDate() {
      return year >= 1000 && month >= 1 && month <= 12 && day >= 1
          && day <= Month.of(month).length(Year.isLeap(year));
    }

    boolean time() {
      if (atEnd()) {
        return true;
      }
      int start = i;
      while (!atEnd() && (isSpace(peek()) || peek() == ',')) {
        i++;
      }
      if (peek() == 't' && i == start && isDigit(peekAt(i + 1))) {
        i++;
      } else if (i == start) {
        return true; // an offset may follow the date directly: "2024-03-12Z"
      } else {
        String word = word();
        if (word.equals("a") || word.equals("at")) {
          skipSpaces();
        } else {
          i -= word.length();
        }
        if (!isDigit(peek())) {
          i = start;
          return true; // "2024-03-12 UTC"
        }
      }
      hasTime = true;
      hour = number(2);
      if (digits == 0) {
        return false;
      }
      if (take('h')) {
        minute = isDigit(peek()) ? number(2) : 0;
      } else if (take(':')) {
        minute = number(2);
        if (digits != 2) {
          return false;
        }
        if (take(':')) {
          second = number(2);
          if (digits != 2) {
            return false;
          }
          if ((peek() == '.' || peek() == ',') && isDigit(peekAt(i + 1))) {
            i++;
            fraction();
          }
        }
      } else {
        return false;
      }
      return meridiem() && hour <= 23 && minute <= 59 && second <= 59;
    }

    // "2:30 pm", "2:30pm", "2:30 p.m."
    private boolean meridiem() {
      int start = i;
      skipSpaces();
      char first = peek();
      if ((first == 'a' || first == 'p') && (peekAt(i + 1) == 'm' || peekAt(i + 1) == '.' && peekAt(i + 2) == 'm')) {
        i += peekAt(i + 1) == 'm' ? 2 : 3;
        take('.');
        if (Character.isLetter(peek()) || hour < 1 || hour > 12) {
          return false;
        }
        hour = hour % 12 + (first == 'p' ? 12 : 0);
        return true;
      }
      i = start;
      return true;
    }

    private void fraction() {
      int scale = 100_000_000;
      while (isDigit(peek())) {
        nano += (peek() - '0') * scale;
        scale /= 10;
        i++;
      }
    }

    boolean offset() {
      skipSpaces();
      if (atEnd()) {
        return true;
      }
      if (peek() == 'z') {
        i++;
        offsetSeconds = 0;
      } else {
        int start = i;
        String word = word();
        if (word.equals("utc") || word.equals("gmt")) {
          offsetSeconds = 0;
        } else {
          i = start;
        }
        char sign = peek();
        if (sign == '+' || sign == '-') {
          i++;
          int hours = number(2);
          if (digits == 0) {
            return false;
          }
          int minutes = 0;
          if (take(':') || isDigit(peek())) {
            minutes = number(2);
            if (digits != 2) {
              return false;
            }
          }
          if (hours > 18 || minutes > 59) {
            return false;
          }
          offsetSeconds = (sign == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        }
      }
      if (offsetSeconds == NO_OFFSET) {
        return false;
      }
      // "2024-03-12T14:30:00+01:00[Europe/Paris]": the offset says it all.
      if (peek() == '[') {
        int close = text.indexOf(']', i);
        if (close < 0) {
          return false;
        }
        i = close + 1;
      }
      return true;
    }

    Instant instant(ZoneId zone) {
      long epochDay = LocalDate.of(year, month, day).toEpochDay();
      if (!hasTime) {
        long seconds = epochDay * 86_400;
        return Instant.ofEpochSecond(offsetSeconds == NO_OFFSET ? seconds : seconds - offsetSeconds);
      }
      if (offsetSeconds == NO_OFFSET) {
        return LocalDateTime.of(year, month, day, hour, minute, second, nano).atZone(zone).toInstant();
      }
      long seconds = epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
      return Instant.ofEpochSecond(seconds, nano);
    }

    private void skipWeekday() {
      int start = i;
      if (WEEKDAYS.contains(word())) {
        take('.');
        take(',');
        skipSpaces();
      } else {
        i = start;
      }
    }

    private void skipOrdinalSuffix() {
      int start = i;
      if (!ORDINAL_SUFFIXES.contains(word())) {
        i = start;
      }
    }

    private boolean monthName() {
      Integer number = MONTHS.get(word());
      if (number == null) {
        return false;
      }
      month = number;
      take('.');
      return true;
    }

    /** The letters from here on, consumed. */
    private String word() {
      int start = i;
      while (!atEnd() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      return text.substring(start, i);
    }

    /** Up to {@code max} digits from here on, consumed; their count is left in {@code digits}. */
    private int number(int max) {
      int value = 0;
      digits = 0;
      while (digits < max && isDigit(peek())) {
        value = value * 10 + (peek() - '0');
        digits++;
        i++;
      }
      if (isDigit(peek())) {
        digits = max + 1; // too many digits: no caller accepts this count
      }
      return value;
    }

    private boolean skipSpaces() {
      while (!atEnd() && isSpace(text.charAt(i))) {
        i++;
      }
      return true;
    }

    private boolean take(char c) {
      if (peek() == c) {
        i++;
        return true;
      }
      return false;
    }

    private char peek() {
      return peekAt(i);
    }

    private char peekAt(int index) {
      return index < text.length() ? text.charAt(index) : '\0';
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
      return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\t';
    }
  }
}
