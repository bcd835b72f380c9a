package io.vivier.segment;

import io.vivier.quality.Text;
import io.vivier.storage.Database;
import io.vivier.storage.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.sqlite.SQLiteConnection;

/**
 * Runs compiled filters on one connection (the transaction's, if any) on which, for SQLite, the
 * {@code vivier_fold} function is registered: {@link Text#fold} itself, so "contains" folds text
 * in SQL exactly as in Java; and {@code vivier_number}, numbers written as text read as in Java.
 * Registered once per physical connection.
 */
final class JdbcConnections {

  private static final Set<SQLiteConnection> WITH_FOLD = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  private JdbcConnections() {}

  static <T> T run(Database db, Function<Connection, T> work) {
    return new JdbcTemplate(db.dataSource()).execute((ConnectionCallback<T>) connection -> {
      if (db.dialect() == Dialect.SQLITE) {
        registerFold(connection.unwrap(SQLiteConnection.class));
      }
      return work.apply(connection);
    });
  }

  /** {@link #run} with a {@link JdbcClient} over that connection. */
  static <T> T client(Database db, Function<JdbcClient, T> work) {
    return run(db, connection -> work.apply(JdbcClient.create(new SingleConnectionDataSource(connection, true))));
  }

  private static void registerFold(SQLiteConnection connection) throws SQLException {
    if (WITH_FOLD.contains(connection)) {
      return;
    }
    org.sqlite.Function.create(connection, SqlCompiler.SQLITE_FOLD, new JdbcFoldFunction(), 1, org.sqlite.Function.FLAG_DETERMINISTIC);
    org.sqlite.Function.create(connection, SqlCompiler.SQLITE_NUMBER, new JdbcNumberFunction(), 1,
        org.sqlite.Function.FLAG_DETERMINISTIC);
    WITH_FOLD.add(connection);
  }

  private static final class JdbcNumberFunction extends org.sqlite.Function {
    @Override
    protected void xFunc() throws SQLException {
      String value = value_text(0);
      Number number = value == null ? null : Evaluator.numberInText(value);
      if (number == null) {
        result();
      } else if (number instanceof Long whole) {
        result(whole);
      } else {
        result(number.doubleValue());
      }
    }
  }

  private static final class JdbcFoldFunction extends org.sqlite.Function {
    @Override
    protected void xFunc() throws SQLException {
      String value = value_text(0);
      if (value == null) {
        result();
      } else {
        result(Text.fold(value));
      }
    }
  }
}
