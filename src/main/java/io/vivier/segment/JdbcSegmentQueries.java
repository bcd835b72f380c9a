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

  static final String FROM = " FROM people p LEFT JOIN companies c ON c.id = p.company_id";

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
        sql.sql("SELECT 1" + FROM + " WHERE (" + where.sql() + ") AND p.id = ?").params(params).query(Integer.class).optional().isPresent());
  }

  /** The ids in ascending order, fetched in pages (a cursor inside a transaction on PostgreSQL). */
  long[] ids(SqlCondition where) {
    return JdbcConnections.run(db, connection -> {
      try {
        return ids(connection, "SELECT p.id" + FROM + " WHERE " + where.sql() + " ORDER BY p.id", where.params());
      } catch (SQLException e) {
        throw new org.springframework.jdbc.UncategorizedSQLException("filter ids", null, e);
      }
    });
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
    StringBuilder sql = new StringBuilder("SELECT p.id, p.score").append(FROM).append(" WHERE (").append(where.sql()).append(')');
    List<Object> params = new ArrayList<>(where.params());
    if (after != null && after.score() != null) {
      sql.append(" AND (p.score < ? OR (p.score = ? AND p.id > ?) OR p.score IS NULL)");
      params.addAll(List.of(after.score(), after.score(), after.id()));
    } else if (after != null) {
      sql.append(" AND p.score IS NULL AND p.id > ?");
      params.add(after.id());
    }
    sql.append(" ORDER BY p.score DESC NULLS LAST, p.id LIMIT ?");
    params.add(limit);
    return JdbcConnections.client(db, client -> client.sql(sql.toString()).params(params).query((rs, n) -> {
      int score = rs.getInt(2);
      return new Scored(rs.getLong(1), rs.wasNull() ? null : score);
    }).list());
  }

  /** The count of each facet's values among the matching people, one grouped query a facet. */
  Map<String, List<FacetCounts.ValueCount>> facets(SqlCondition where, int top) {
    return JdbcConnections.client(db, client -> {
      Map<String, List<FacetCounts.ValueCount>> facets = new LinkedHashMap<>();
      for (Facet facet : Facet.ALL) {
        String join = facet.sql().startsWith("u.") ? " LEFT JOIN users u ON u.id = p.owner_id" : "";
        List<Object> params = new ArrayList<>(where.params());
        params.add(top);
        facets.put(facet.name(), client
            .sql("SELECT " + facet.sql() + ", COUNT(*)" + FROM + join + " WHERE " + where.sql() + " GROUP BY " + facet.sql()
                + " ORDER BY COUNT(*) DESC, " + facet.sql() + " IS NULL, " + facet.sql() + " LIMIT ?")
            .params(params)
            .query((rs, n) -> new FacetCounts.ValueCount(rs.getString(1), rs.getLong(2)))
            .list());
      }
      return facets;
    });
  }
}
