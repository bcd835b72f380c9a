package io.vivier.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The connected database: its dialect, a {@link JdbcClient} for explicit SQL, and its schema
 * migrations. Feature adapters get one of these and write their SQL next to the code mapping it.
 */
public final class Database {

  private final DataSource dataSource;
  private final Dialect dialect;
  private final String url;
  private final JdbcClient jdbc;

  public Database(DataSource dataSource, Dialect dialect, String url) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.url = url;
    this.jdbc = JdbcClient.create(dataSource);
  }

  public JdbcClient sql() {
    return jdbc;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public Dialect dialect() {
    return dialect;
  }

  /** The URL with its password masked. */
  public String displayUrl() {
    return DatabaseUrls.masked(url);
  }

  public String url() {
    return url;
  }

  /**
   * Runs a query whose rows go one by one to {@code row}, fetched in pages (on PostgreSQL the
   * rows stream only inside a transaction) so a million rows never sit in memory at once.
   * {@code sql} is a constant of the caller, never input.
   */
  public void stream(String sql, org.springframework.jdbc.core.RowCallbackHandler row, Object... params) {
    org.springframework.jdbc.core.JdbcTemplate template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
    template.setFetchSize(10_000);
    template.query(sql, row, params);
  }

  /**
   * Runs {@code sql} once for each row of parameters, as one JDBC batch, binding strings and
   * numbers directly (Spring's generic binding costs more than SQLite's insert itself in a bulk
   * import). Parameters are plain values or what {@link #ts} and {@link #json} return.
   *
   * @return how many rows the statements changed (a statement whose count the driver does not
   *     give counts as one)
   */
  public int batch(String sql, java.util.List<Object[]> rows) {
    if (rows.isEmpty()) {
      return 0;
    }
    int[] counts = new org.springframework.jdbc.core.JdbcTemplate(dataSource).batchUpdate(sql, new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
      @Override
      public void setValues(java.sql.PreparedStatement ps, int i) throws SQLException {
        Object[] row = rows.get(i);
        for (int p = 0; p < row.length; p++) {
          Object value = row[p];
          if (value == null) {
            ps.setNull(p + 1, java.sql.Types.NULL);
          } else if (value instanceof String text) {
            ps.setString(p + 1, text);
          } else if (value instanceof Long number) {
            ps.setLong(p + 1, number);
          } else if (value instanceof Integer number) {
            ps.setInt(p + 1, number);
          } else {
            ps.setObject(p + 1, value);
          }
        }
      }

      @Override
      public int getBatchSize() {
        return rows.size();
      }
    });
    int changed = 0;
    for (int count : counts) {
      changed += count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : Math.max(0, count);
    }
    return changed;
  }

  /**
   * Inserts rows of values (plain values or what {@link #ts} and {@link #json} return) into
   * {@code columns} of {@code table}: with {@code COPY} on PostgreSQL, the fastest safe bulk path
   * there (the values travel as CSV data, never as SQL), as one JDBC batch on SQLite. Table and
   * column names are constants of the caller, never input.
   */
  public void insert(String table, java.util.List<String> columns, java.util.List<Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    if (dialect == Dialect.SQLITE) {
      batch("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
          + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")", rows);
      return;
    }
    String copy = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)";
    new org.springframework.jdbc.core.JdbcTemplate(dataSource).execute((org.springframework.jdbc.core.ConnectionCallback<Long>) connection -> {
      try {
        return connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn(copy, new CsvRows(rows));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  /** Rows as CSV for COPY: NULL as an unquoted empty field, every other value quoted. */
  private static final class CsvRows extends java.io.Reader {
    private final java.util.Iterator<Object[]> rows;
    private final StringBuilder buffer = new StringBuilder(8192);
    private int position;

    CsvRows(java.util.List<Object[]> rows) {
      this.rows = rows.iterator();
    }

    @Override
    public int read(char[] target, int offset, int length) {
      while (position == buffer.length()) {
        if (!rows.hasNext()) {
          return -1;
        }
        buffer.setLength(0);
        position = 0;
        Object[] row = rows.next();
        for (int i = 0; i < row.length; i++) {
          if (i > 0) {
            buffer.append(',');
          }
          append(row[i]);
        }
        buffer.append('\n');
      }
      int n = Math.min(length, buffer.length() - position);
      buffer.getChars(position, position + n, target, offset);
      position += n;
      return n;
    }

    private void append(Object value) {
      if (value == null) {
        return;
      }
      String text = value instanceof org.postgresql.util.PGobject object ? object.getValue() : value.toString();
      if (text == null) {
        return;
      }
      buffer.append('"');
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"') {
          buffer.append('"');
        }
        buffer.append(c);
      }
      buffer.append('"');
    }

    @Override
    public void close() {}
  }

  /** Value to bind for a timestamp column. */
  public Object ts(Instant instant) {
    return dialect.timestamp(instant);
  }

  public Instant instant(ResultSet rs, String column) throws SQLException {
    return dialect.instant(rs, column);
  }

  /** Value to bind for a JSON column. */
  public Object json(String json) {
    return dialect.json(json);
  }

  /**
   * Reserves {@code count} new ids of {@code table} (an id column filled by AUTOINCREMENT or an
   * identity) for rows the caller inserts with explicit ids, as bulk writes do. Must be called in
   * the writing transaction; on SQLite that transaction holds the write lock, so the ids are the
   * next ones and consecutive. {@code table} is a constant of the caller, never input.
   */
  public long[] allocateIds(String table, int count) {
    long[] ids = new long[count];
    if (count == 0) {
      return ids;
    }
    if (dialect == Dialect.SQLITE) {
      long last =
          jdbc.sql("SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = ?), 0),"
                  + " COALESCE((SELECT MAX(id) FROM " + table + "), 0))")
              .param(table)
              .query(Long.class)
              .single();
      for (int i = 0; i < count; i++) {
        ids[i] = last + 1 + i;
      }
      return ids;
    }
    java.util.List<Long> next =
        jdbc.sql("SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)")
            .params(table, count)
            .query(Long.class)
            .list();
    for (int i = 0; i < count; i++) {
      ids[i] = next.get(i);
    }
    return ids;
  }

  /**
   * Refreshes the planner's statistics of {@code tables} (constants of the caller) on
   * PostgreSQL, after a bulk load has grown them: without it, a freshly filled table is planned as
   * a tiny one and its lookups scan it. SQLite plans on its indexes without statistics.
   */
  public void analyze(String... tables) {
    if (dialect == Dialect.POSTGRESQL) {
      jdbc.sql("ANALYZE " + String.join(", ", tables)).update();
    }
  }

  /**
   * Refreshes the statistics of {@code table} (a constant of the caller) on both databases, after
   * a bulk write: with them SQLite skips past the leading columns of people_facts_filter that a
   * filter does not name (skip-scan) instead of reading every row (V10). On PostgreSQL, outside a
   * transaction, a VACUUM too: it sets the visibility map that index-only scans need.
   */
  public void refreshStatistics(String table) {
    boolean vacuum = dialect == Dialect.POSTGRESQL
        && !org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive();
    jdbc.sql((vacuum ? "VACUUM (ANALYZE) " : "ANALYZE ") + table).update();
  }


  /** " FOR UPDATE" on PostgreSQL, to lock rows read before a write; nothing on SQLite (whose write transactions are exclusive). */
  public String forUpdate() {
    return dialect == Dialect.POSTGRESQL ? " FOR UPDATE" : "";
  }

  /** Row counts of the main tables, for {@code vivier db info}. */
  public java.util.Map<String, Long> rowCounts() {
    java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
    for (String table : java.util.List.of("people", "companies", "activities", "users")) {
      counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
    }
    return counts;
  }

  private Flyway flyway() {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations(dialect.migrations())
        .failOnMissingLocations(true)
        .load();
  }

  /** Applies pending migrations; safe to call on an up-to-date schema. */
  public MigrateResult migrate() {
    return flyway().migrate();
  }

  public MigrationInfoService migrationInfo() {
    return flyway().info();
  }
}
