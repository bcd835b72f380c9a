package io.vivier.storage;

import java.sql.SQLException;
import java.util.Optional;

/** Recognises a failure to reach the database, a problem of set-up rather than a bug. */
public final class ConnectionFailures {

  private ConnectionFailures() {}

  /** A message for the user when {@code error} (or one of its causes) is a connection failure. */
  public static Optional<String> describe(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      // SQL state class 08: connection exception
      if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
        return Optional.of("cannot connect to the database: " + sql.getMessage());
      }
    }
    return Optional.empty();
  }
}
