package io.vivier.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, empty databases for tests: a SQLite file in a temporary folder, or a new database on the
 * PostgreSQL server named by {@code VIVIER_TEST_PG_URL} (e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}), dropped when the JVM ends.
 */
public final class TestDatabases {

  public static final String PG_URL_VARIABLE = "VIVIER_TEST_PG_URL";
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private TestDatabases() {}

  public static String sqlite() {
    try {
      Path dir = Files.createTempDirectory("vivier-test");
      dir.toFile().deleteOnExit();
      return "jdbc:sqlite:" + dir.resolve("vivier.db");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The server URL given to the tests, or null when PostgreSQL tests are to be skipped. */
  public static String postgresServer() {
    String url = System.getenv(PG_URL_VARIABLE);
    if (url == null || url.isBlank()) {
      url = System.getProperty("vivier.test.pg-url");
    }
    return url == null || url.isBlank() ? null : url.strip();
  }

  /** Creates a new database on the test server and returns its URL. */
  public static String postgres() {
    String server = postgresServer();
    if (server == null) {
      throw new IllegalStateException(PG_URL_VARIABLE + " is not set");
    }
    String name = "vivier_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    execute(server, "CREATE DATABASE " + name);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(server, name)));
    return withDatabase(server, name);
  }

  static String withDatabase(String serverUrl, String database) {
    int query = serverUrl.indexOf('?');
    String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
    String params = query < 0 ? "" : serverUrl.substring(query);
    int slash = base.lastIndexOf('/');
    return base.substring(0, slash + 1) + database + params;
  }

  private static void dropQuietly(String server, String name) {
    try {
      execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (RuntimeException e) {
      // the server may be gone already; a leftover test database is harmless
    }
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL test server at " + url + ": " + e.getMessage(), e);
    }
  }
}
