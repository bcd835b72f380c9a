package io.vivier.segment;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A length of time back from now, as in {@code within 30d}: hours, days, weeks, calendar months
 * or years (in UTC).
 */
public record Span(long amount, ChronoUnit unit) {

  /** The instant {@code amount} units before {@code now}. */
  public Instant since(Instant now) {
    return switch (unit) {
      case HOURS, DAYS -> now.minus(amount, unit);
      case WEEKS -> now.minus(amount * 7, ChronoUnit.DAYS);
      default -> now.atZone(ZoneOffset.UTC).minus(amount, unit).toInstant();
    };
  }

  @Override
  public String toString() {
    return amount + switch (unit) {
      case HOURS -> "h";
      case DAYS -> "d";
      case WEEKS -> "w";
      case MONTHS -> "m";
      default -> "y";
    };
  }
}
