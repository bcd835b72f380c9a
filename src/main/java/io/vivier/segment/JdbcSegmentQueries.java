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
   * The narrow facts first, and the wide rows joined only when the filter names their fields: a
   * filter on the facts alone reads no wide row (SQLite leaves out an unused left join in a plain
   * query, not in a COUNT; so it is never written).
   */
  static String from(SqlCondition where) {
    return from(where, false);
  }

  /** {@link #from(SqlCondition)}, with the scores joined when the filter or the query ({@code scores}) needs them. */
  static String from(SqlCondition where, boolean scores) {
    return " FROM people_facts f" + joins(where, scores);
  }

  private static String joins(SqlCondition where, boolean scores) {
    return (where.readsPeople() ? " LEFT JOIN people p ON p.id = f.person_id" : "")
        + (where.readsCompanies() ? " LEFT JOIN companies c ON c.id = f.company_id" : "")
        + (scores || where.readsScores() ? " LEFT JOIN person_scores ps ON ps.person_id = f.person_id" : "");
  }

  /**
   * SQLite answers a query on one thread: a scan of the wide rows of a large base (a text search,
   * tags, attributes) is split by id range over the cores, each part on its own connection, as
   * PostgreSQL does with its parallel workers. A filter on the facts alone is not split: the
   * covering index people_facts_filter (V10) answers it faster than any split; its facet counts
   * are, as they read the facts' rows. Never inside a transaction, whose uncommitted writes the
   * other connections would not see.
   */
  private static final int PARTS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  /** Below this span of ids, one query. */
  static final long SPLIT_FROM = 200_000;
  private static final java.util.concurrent.ExecutorService SCANS = java.util.concurrent.Executors.newFixedThreadPool(PARTS, r -> {
    Thread thread = new Thread(r, "vivier-filter-scan");
    thread.setDaemon(true);
    return thread;
  });

  private final Database db;
  /** {@link #SPLIT_FROM}; tests lower it to split a small base. */
  private volatile long splitFrom = SPLIT_FROM;

  JdbcSegmentQueries(Database db) {
    this.db = db;
  }

  void splitFrom(long span) {
    this.splitFrom = span;
  }

  Dialect dialect() {
    return db.dialect();
  }

  /**
   * An inclusive range of person ids, and the condition that keeps a query inside it; {@link #ALL}
   * adds none (a range with parameters would steer a generic plan away from the filter's index).
   */
  private record Part(long first, long last) {
    static final Part ALL = new Part(Long.MIN_VALUE, Long.MAX_VALUE);

    String sql() {
      return this == ALL ? "" : " AND f.person_id BETWEEN ? AND ?";
    }

    List<Object> params(List<Object> before) {
      if (this == ALL) {
        return before;
      }
      List<Object> all = new ArrayList<>(before);
      all.add(first);
      all.add(last);
      return all;
    }
  }

  /** The id ranges a scan is split into (one covering everything when it is not split), in id order. */
  private List<Part> parts(SqlCondition where, boolean readsRows) {
    if (db.dialect() != Dialect.SQLITE || PARTS == 1
        || !(readsRows || where.readsPeople() || where.readsCompanies() || where.readsScores())
        || org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
      return List.of(Part.ALL);
    }
    long[] span = JdbcConnections.client(db, sql -> sql.sql("SELECT MIN(person_id), MAX(person_id) FROM people_facts")
        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single());
    long size = span[1] - span[0] + 1;
    if (size < splitFrom) {
      return List.of(Part.ALL);
    }
    List<Part> parts = new ArrayList<>();
    long step = (size + PARTS - 1) / PARTS;
    for (int i = 0; i < PARTS; i++) {
      long first = i == 0 ? Long.MIN_VALUE : span[0] + i * step;
      long last = i == PARTS - 1 ? Long.MAX_VALUE : span[0] + (i + 1) * step - 1;
      parts.add(new Part(first, last));
    }
    return parts;
  }

  /** Runs {@code work} on each part, in parallel when there are several; the answers in part order. */
  private <T> List<T> onParts(SqlCondition where, boolean readsRows, java.util.function.Function<Part, T> work) {
    List<Part> parts = parts(where, readsRows);
    if (parts.size() == 1) {
      return List.of(work.apply(parts.get(0)));
    }
    List<java.util.concurrent.Future<T>> running = new ArrayList<>();
    for (Part part : parts) {
      running.add(SCANS.submit(() -> work.apply(part)));
    }
    List<T> answers = new ArrayList<>();
    try {
      for (java.util.concurrent.Future<T> future : running) {
        answers.add(future.get());
      }
    } catch (InterruptedException e) {
      running.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting", e);
    } catch (java.util.concurrent.ExecutionException e) {
      running.forEach(f -> f.cancel(true));
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    }
    return answers;
  }

  long count(SqlCondition where) {
    return onParts(where, false, part -> JdbcConnections.client(db, sql ->
        sql.sql("SELECT COUNT(*)" + from(where) + " WHERE (" + where.sql() + ")" + part.sql()).params(part.params(where.params()))
            .query(Long.class).single()))
        .stream().mapToLong(Long::longValue).sum();
  }

  boolean matches(SqlCondition where, long personId) {
    List<Object> params = new ArrayList<>(where.params());
    params.add(personId);
    return JdbcConnections.client(db, sql ->
        sql.sql("SELECT 1" + from(where) + " WHERE (" + where.sql() + ") AND f.person_id = ?").params(params).query(Integer.class).optional().isPresent());
  }

  /** The ids in ascending order, fetched in pages (a cursor inside a transaction on PostgreSQL). */
  long[] ids(SqlCondition where) {
    List<long[]> parts = onParts(where, false, part -> JdbcConnections.run(db, connection -> {
      try {
        return ids(connection, "SELECT f.person_id" + from(where) + " WHERE (" + where.sql() + ")" + part.sql()
            + " ORDER BY f.person_id", part.params(where.params()));
      } catch (SQLException e) {
        throw new org.springframework.jdbc.UncategorizedSQLException("filter ids", null, e);
      }
    }));
    return parts.size() == 1 ? parts.get(0) : parts.stream().flatMapToLong(Arrays::stream).toArray();
  }

  /** The ids among {@code among} (ascending) that match, ascending; a batch of candidates a query. */
  long[] ids(SqlCondition where, long[] among) {
    long[] found = new long[among.length];
    int size = 0;
    for (List<Long> part : io.vivier.storage.Batches.of(among)) {
      List<Object> params = new ArrayList<>(where.params());
      params.addAll(part);
      String sql = "SELECT f.person_id" + from(where) + " WHERE (" + where.sql() + ") AND f.person_id IN ("
          + io.vivier.storage.Batches.marks(part.size()) + ") ORDER BY f.person_id";
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
    // both databases plan a page of a filter that keeps many people as "find all, then sort"
    // (PostgreSQL: 150 ms for 65,000 people); the best-scored PROBE people, read in score order,
    // hold the page whenever the filter keeps more than limit / PROBE of them, and reading them
    // costs a few milliseconds
    String probe = "(SELECT person_id AS probe_id, score AS probe_score FROM person_scores"
        + (db.dialect() == Dialect.SQLITE ? " INDEXED BY person_scores_score" : "");
    List<Scored> probed = page(where, after, limit, probe, PROBE);
    if (probed.size() == limit) {
      return probed;
    }
    return page(where, after, limit, null, 0);
  }

  /** People read before the filter, in score order, when a page is looked for among the best scored. */
  private static final int PROBE = 5_000;

  private List<Scored> page(SqlCondition where, Scored after, int limit, String probe, int probed) {
    StringBuilder keyset = new StringBuilder();
    List<Object> keys = new ArrayList<>();
    // in the probe, person_scores' own columns; otherwise the score joined and the facts' id
    String score = probe == null ? "ps.score" : "score";
    String id = probe == null ? "f.person_id" : "person_id";
    if (after != null && after.score() != null) {
      keyset.append(" AND (" + score + " < ? OR (" + score + " = ? AND " + id + " > ?) OR " + score + " IS NULL)");
      keys.addAll(List.of(after.score(), after.score(), after.id()));
    } else if (after != null) {
      if (probe != null) {
        return List.of(); // the probe holds scored people only
      }
      keyset.append(" AND " + score + " IS NULL AND " + id + " > ?");
      keys.add(after.id());
    }
    StringBuilder sql = new StringBuilder("SELECT f.person_id, ps.score");
    List<Object> params = new ArrayList<>();
    if (probe != null && db.dialect() == Dialect.POSTGRESQL) {
      // each of the best scored checked by its key (a lateral subquery with a LIMIT stays a nested
      // loop: PostgreSQL would rather hash every person the filter keeps, 130 ms for 65,000)
      sql.setLength(0);
      sql.append("SELECT best.probe_id, best.probe_score FROM ").append(probe).append(" WHERE 1 = 1").append(keyset)
          .append(" ORDER BY score DESC, person_id LIMIT ").append(probed).append(") best CROSS JOIN LATERAL (SELECT 1")
          .append(from(where)).append(" WHERE f.person_id = best.probe_id AND (").append(where.sql()).append(") LIMIT 1) hit")
          .append(" ORDER BY best.probe_score DESC, best.probe_id LIMIT ?");
      params.addAll(keys);
      params.addAll(where.params());
      params.add(limit);
      return scored(sql.toString(), params);
    } else if (probe != null) {
      sql.append(" FROM ").append(probe).append(" WHERE 1 = 1").append(keyset).append(" ORDER BY score DESC, person_id LIMIT ")
          .append(probed).append(") best JOIN people_facts f ON f.person_id = best.probe_id").append(joins(where, true))
          .append(" WHERE (").append(where.sql()).append(')');
      params.addAll(keys);
      params.addAll(where.params());
    } else {
      sql.append(from(where, true)).append(" WHERE (").append(where.sql()).append(')').append(keyset);
      params.addAll(where.params());
      params.addAll(keys);
    }
    sql.append(" ORDER BY ps.score DESC NULLS LAST, f.person_id LIMIT ?");
    params.add(limit);
    return scored(sql.toString(), params);
  }

  /** Runs a page query whose columns are a person id and its score. */
  private List<Scored> scored(String sql, List<Object> params) {
    return JdbcConnections.client(db, client -> client.sql(sql).params(params).query((rs, n) -> {
      int value = rs.getInt(2);
      return new Scored(rs.getLong(1), rs.wasNull() ? null : value);
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
    int n = columns.size();
    // each part's counts by facet and value, added up below: SQLite splits a large scan (see parts()),
    // and a facet's column outside people_facts_filter (industry, range, source) reads the facts' rows
    List<List<Map<String, Long>>> byPart = onParts(where, true, part -> {
      String sql = "SELECT " + list + ", " + (pg ? "GROUPING(" + list + "), " : "") + "COUNT(*)" + from(where)
          + " LEFT JOIN users u ON u.id = f.owner_id WHERE (" + where.sql() + ")" + part.sql() + " GROUP BY "
          + (pg ? "GROUPING SETS (" + String.join(", ", columns.stream().map(c -> "(" + c + ")").toList()) + ")" : list);
      List<Map<String, Long>> counts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        counts.add(new java.util.HashMap<>());
      }
      JdbcConnections.client(db, client -> {
        client.sql(sql).params(part.params(where.params())).query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
          long count = rs.getLong(pg ? n + 2 : n + 1);
          // GROUPING(a, b, …) sets the bit of each column not grouped on, the first column's highest
          int grouping = pg ? rs.getInt(n + 1) : 0;
          for (int i = 0; i < n; i++) {
            if (pg && (grouping & (1 << (n - 1 - i))) != 0) {
              continue;
            }
            counts.get(i).merge(nullable(rs.getString(i + 1)), count, Long::sum);
          }
        });
        return null;
      });
      return counts;
    });
    List<Map<String, Long>> counts = byPart.get(0);
    for (List<Map<String, Long>> more : byPart.subList(1, byPart.size())) {
      for (int i = 0; i < n; i++) {
        Map<String, Long> into = counts.get(i);
        more.get(i).forEach((value, count) -> into.merge(value, count, Long::sum));
      }
    }
    long total = counts.get(0).values().stream().mapToLong(Long::longValue).sum();
    Map<String, List<FacetCounts.ValueCount>> facets = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Map<String, Long> values = counts.get(i);
      facets.put(Facet.ALL.get(i).name(), values.entrySet().stream()
          .map(e -> new FacetCounts.ValueCount(e.getKey().equals(NONE) ? null : e.getKey(), e.getValue()))
          .sorted(java.util.Comparator.comparingLong(FacetCounts.ValueCount::count).reversed()
              .thenComparing(FacetCounts.ValueCount::value, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
          .limit(top)
          .toList());
    }
    return new FacetCounts(total, facets);
  }

  /** Stands for "no value" as a map key. */
  private static final String NONE = "\u0000none";

  private static String nullable(String value) {
    return value == null ? NONE : value;
  }
}
