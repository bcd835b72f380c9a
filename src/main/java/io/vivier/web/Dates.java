package io.vivier.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as the user's language writes them, for templates ({@code ${@dates.dateTime(at)}}). Times
 * are shown in the server's time zone.
 */
@Component("dates")
public class Dates {

  public static ZoneId zone() {
    return ZoneId.systemDefault();
  }

  /** "Nov 20, 2026, 10:15 AM" / "20 nov. 2026, 10:15"; empty for none. */
  public String dateTime(Instant at) {
    return format(at, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
  }

  /** "Nov 20, 2026" / "20 nov. 2026"; empty for none. */
  public String date(Instant at) {
    return format(at, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
  }

  /** For {@code <time datetime="…">}. */
  public String iso(Instant at) {
    return at == null ? "" : at.toString();
  }

  /**
   * A date and time typed in a {@code datetime-local} field (no offset) as an ISO date-time with the
   * server's offset; the input unchanged when it is not one, for the service to reject with a message.
   */
  public static String withOffset(String local) {
    try {
      return LocalDateTime.parse(local.strip()).atZone(zone()).toOffsetDateTime().toString();
    } catch (DateTimeParseException e) {
      return local;
    }
  }

  private static String format(Instant at, DateTimeFormatter formatter) {
    if (at == null) {
      return "";
    }
    Locale locale = LocaleContextHolder.getLocale();
    return formatter.withLocale(locale).withZone(zone()).format(at);
  }
}
