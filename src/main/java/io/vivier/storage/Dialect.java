package io.vivier.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.postgresql.util.PGobject;

/**
 * The few places where SQLite and PostgreSQL differ for Vivier: how timestamps and JSON are bound
 * and read. Everything else is plain SQL that both accept.
 *
 * <p>SQLite has no timestamp type, so instants are stored there as fixed-width ISO-8601 UTC text
 * with milliseconds ({@code 2026-11-23T18:42:00.123Z}): lexicographic order is then time order and
 * range comparisons with bound parameters behave as on PostgreSQL's {@code timestamptz}.
 */
public enum Dialect {
  SQLITE("sqlite") {
    @Override
    public Object timestamp(Instant instant) {
      if (instant == null) {
        return null;
      }
      // bulk writes stamp thousands of rows with one instant: format it once
      Stamp last = lastStamp;
      if (last != null && last.instant().equals(instant)) {
        return last.text();
      }
      String text = SQLITE_TIME.format(instant.truncatedTo(ChronoUnit.MILLIS));
      lastStamp = new Stamp(instant, text);
      return text;
    }

    @Override
    public Instant instant(ResultSet rs, String column) throws SQLException {
      String text = rs.getString(column);
      return text == null ? null : parseStored(text);
    }

    @Override
    public Object json(String json) {
      return json;
    }
  },
  POSTGRESQL("postgresql") {
    @Override
    public Object timestamp(Instant instant) {
      return instant == null
          ? null
          : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    @Override
    public Instant instant(ResultSet rs, String column) throws SQLException {
      OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
      return value == null ? null : value.toInstant();
    }

    @Override
    public Object json(String json) {
      if (json == null) {
        return null;
      }
      try {
        PGobject object = new PGobject();
        object.setType("jsonb");
        object.setValue(json);
        return object;
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  };

  /**
   * Reads "2026-11-30T23:59:59.123Z", the fixed width SQLite columns hold, without a formatter
   * (bulk reads parse millions); anything else through {@link Instant#parse}.
   */
  static Instant parseStored(String text) {
    if (text.length() != 24 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
        || text.charAt(16) != ':' || text.charAt(19) != '.' || text.charAt(23) != 'Z') {
      return Instant.parse(text);
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    int millis = digits(text, 20, 23);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59 || millis < 0) {
      return Instant.parse(text);
    }
    long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
    return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, millis * 1_000_000L);
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** An instant and its text, the last one formatted. */
  private record Stamp(Instant instant, String text) {}

  private static volatile Stamp lastStamp;

  private static final DateTimeFormatter SQLITE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final String migrationFolder;

  Dialect(String migrationFolder) {
    this.migrationFolder = migrationFolder;
  }

  /** The value to bind for an instant column. */
  public abstract Object timestamp(Instant instant);

  /** Reads an instant column written through {@link #timestamp(Instant)}. */
  public abstract Instant instant(ResultSet rs, String column) throws SQLException;

  /** The value to bind for a JSON column. */
  public abstract Object json(String json);

  /** Flyway location of this dialect's migrations. */
  public String migrations() {
    return "classpath:db/migration/" + migrationFolder;
  }

  public static Dialect of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new UnsupportedDatabaseException(
        "unsupported database URL '"
            + DatabaseUrls.masked(jdbcUrl)
            + "': use jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DB");
  }
}
