package io.vivier.segment;

import io.vivier.storage.Database;
import io.vivier.storage.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;

/** The queries over compiled filters: count, ids, one page by score, facet counts. */
@Repository
class JdbcSegmentQueries {

  /**
   * The narrow facts first: a filter on them alone reads no wide row, and both databases drop a
   * left join on a key whose table the query does not use.
   */
  static final String FROM =
      " FROM people_facts f LEFT JOIN people p ON p.id = f.person_id LEFT JOIN companies c ON c.id = f.company_id";

  private final Database db;

  JdbcSegmentQueries(Database db) {
    this.db = db;
  }

  Dialect dialect() {
    return db.dialect();
  }

  long count(SqlCondition where) {
    return JdbcConnections.client(db, sql ->
        sql.sql("SELECT COUNT(*)" + FROM + " WHERE " + where.sql()).params(where.params()).query(Long.class).single());
  }

  boolean matches(SqlCondition where, long personId) {
    List<Object> params = new ArrayList<>(where.params());
    params.add(personId);
    return JdbcConnections.client(db, sql ->
        sql.sql("SELECT 1" + FROM + " WHERE (" + where.sql() + ") AND f.person_id = ?").params(params).query(Integer.class).optional().isPresent());
  }

  /** The ids in ascending order, fetched in pages (a cursor inside a transaction on PostgreSQL). */
  long[] ids(SqlCondition where) {
    return JdbcConnections.run(db, connection -> {
      try {
        return ids(connection, "SELECT f.person_id" + FROM + " WHERE " + where.sql() + " ORDER BY f.person_id", where.params());
      } catch (SQLException e) {
        throw new org.springframework.jdbc.UncategorizedSQLException("filter ids", null, e);
      }
    });
  }

  /** The ids among {@code among} (ascending) that match, ascending; a thousand candidates a query. */
  long[] ids(SqlCondition where, long[] among) {
    long[] found = new long[among.length];
    int size = 0;
    for (int from = 0; from < among.length; from += 1_000) {
      int to = Math.min(among.length, from + 1_000);
      List<Object> params = new ArrayList<>(where.params());
      for (int i = from; i < to; i++) {
        params.add(among[i]);
      }
      String sql = "SELECT f.person_id" + FROM + " WHERE (" + where.sql() + ") AND f.person_id IN ("
          + String.join(", ", java.util.Collections.nCopies(to - from, "?")) + ") ORDER BY f.person_id";
      for (long id : JdbcConnections.client(db, client -> client.sql(sql).params(params).query(Long.class).list())) {
        found[size++] = id;
      }
    }
    return Arrays.copyOf(found, size);
  }

  private long[] ids(Connection connection, String sql, List<Object> params) throws SQLException {
    boolean streaming = db.dialect() == Dialect.POSTGRESQL && connection.getAutoCommit();
    if (streaming) {
      connection.setAutoCommit(false);
    }
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setFetchSize(10_000);
      for (int i = 0; i < params.size(); i++) {
        statement.setObject(i + 1, params.get(i));
      }
      long[] ids = new long[1024];
      int size = 0;
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
          }
          ids[size++] = rs.getLong(1);
        }
      }
      return Arrays.copyOf(ids, size);
    } finally {
      if (streaming) {
        connection.commit();
        connection.setAutoCommit(true);
      }
    }
  }

  /** A person's place in the list by score: where a page ends and the next begins. */
  record Scored(long id, Integer score) {}

  /**
   * Up to {@code limit} people after {@code after} (null for the first page), best score first,
   * people without a score last, then by id.
   */
  List<Scored> page(SqlCondition where, Scored after, int limit) {
    if (db.dialect() == Dialect.SQLITE) {
      // SQLite plans a page of a broad filter as "find all, then sort"; the best-scored
      // PROBE people in score order hold the page whenever the filter keeps more than
      // limit / PROBE of them, and reading them costs a few milliseconds
      List<Scored> probed =
          page(where, after, limit, "(SELECT person_id AS probe_id, score FROM people_facts INDEXED BY people_facts_score", PROBE);
      if (probed.size() == limit) {
        return probed;
      }
    }
    return page(where, after, limit, null, 0);
  }

  /** People read before the filter, in score order, when SQLite looks for a page among the best scored. */
  private static final int PROBE = 5_000;

  private List<Scored> page(SqlCondition where, Scored after, int limit, String probe, int probed) {
    StringBuilder keyset = new StringBuilder();
    List<Object> keys = new ArrayList<>();
    String f = probe == null ? "f." : "";
    if (after != null && after.score() != null) {
      keyset.append(" AND (" + f + "score < ? OR (" + f + "score = ? AND " + f + "person_id > ?) OR " + f + "score IS NULL)");
      keys.addAll(List.of(after.score(), after.score(), after.id()));
    } else if (after != null) {
      keyset.append(" AND " + f + "score IS NULL AND " + f + "person_id > ?");
      keys.add(after.id());
    }
    StringBuilder sql = new StringBuilder("SELECT f.person_id, f.score");
    List<Object> params = new ArrayList<>();
    if (probe != null) {
      sql.append(" FROM ").append(probe).append(" WHERE 1 = 1").append(keyset).append(" ORDER BY score DESC, person_id LIMIT ?) best")
          .append(" JOIN people_facts f ON f.person_id = best.probe_id LEFT JOIN people p ON p.id = f.person_id")
          .append(" LEFT JOIN companies c ON c.id = f.company_id WHERE (")
          .append(where.sql()).append(')');
      params.addAll(keys);
      params.add(probed);
      params.addAll(where.params());
    } else {
      sql.append(FROM).append(" WHERE (").append(where.sql()).append(')').append(keyset);
      params.addAll(where.params());
      params.addAll(keys);
    }
    sql.append(" ORDER BY f.score DESC NULLS LAST, f.person_id LIMIT ?");
    params.add(limit);
    return JdbcConnections.client(db, client -> client.sql(sql.toString()).params(params).query((rs, n) -> {
      int score = rs.getInt(2);
      return new Scored(rs.getLong(1), rs.wasNull() ? null : score);
    }).list());
  }

  /**
   * The count of each facet's values among the matching people, in one pass over them: grouping
   * sets on PostgreSQL; on SQLite, which has none, one group a combination of the facets' values,
   * added up here (a few thousand groups for a typical filter, more for a very broad one).
   */
  FacetCounts facets(SqlCondition where, int top) {
    List<String> columns = Facet.ALL.stream().map(Facet::sql).toList();
    String list = String.join(", ", columns);
    boolean pg = db.dialect() == Dialect.POSTGRESQL;
    String sql = "SELECT " + list + ", " + (pg ? "GROUPING(" + list + "), " : "") + "COUNT(*)" + FROM
        + " LEFT JOIN users u ON u.id = f.owner_id WHERE " + where.sql() + " GROUP BY "
        + (pg ? "GROUPING SETS (" + String.join(", ", columns.stream().map(c -> "(" + c + ")").toList()) + ")" : list);
    int n = columns.size();
    List<Map<String, Long>> counts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      counts.add(new java.util.HashMap<>());
    }
    long[] total = new long[n];
    JdbcConnections.client(db, client -> {
      client.sql(sql).params(where.params()).query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
      long count = rs.getLong(pg ? n + 2 : n + 1);
      // GROUPING(a, b, …) sets the bit of each column not grouped on, the first column's highest
      int grouping = pg ? rs.getInt(n + 1) : 0;
      for (int i = 0; i < n; i++) {
        if (pg && (grouping & (1 << (n - 1 - i))) != 0) {
          continue;
        }
        counts.get(i).merge(nullable(rs.getString(i + 1)), count, Long::sum);
        total[i] += count;
      }
      });
      return null;
    });
    Map<String, List<FacetCounts.ValueCount>> facets = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      facets.put(Facet.ALL.get(i).name(), counts.get(i).entrySet().stream()
          .map(e -> new FacetCounts.ValueCount(e.getKey().equals(NONE) ? null : e.getKey(), e.getValue()))
          .sorted(java.util.Comparator.comparingLong(FacetCounts.ValueCount::count).reversed()
              .thenComparing(FacetCounts.ValueCount::value, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
          .limit(top)
          .toList());
    }
    return new FacetCounts(total[0], facets);
  }

  /** Stands for "no value" as a map key. */
  private static final String NONE = "\u0000none";

  private static String nullable(String value) {
    return value == null ? NONE : value;
  }
}
