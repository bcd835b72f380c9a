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
      return instant == null ? null : SQLITE_TIME.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    @Override
    public Instant instant(ResultSet rs, String column) throws SQLException {
      String text = rs.getString(column);
      return text == null ? null : Instant.parse(text);
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
