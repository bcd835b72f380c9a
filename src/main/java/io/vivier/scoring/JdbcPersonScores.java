package io.vivier.scoring;

import io.vivier.storage.Database;
import io.vivier.storage.Dialect;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPersonScores implements PersonScores {

  private static final int IN_SIZE = 500;

  private final Database db;

  JdbcPersonScores(Database db) {
    this.db = db;
  }

  @Override
  public void saveAll(List<Row> scores) {
    List<Object[]> rows = new ArrayList<>(scores.size());
    for (Row row : scores) {
      PersonScore s = row.score();
      rows.add(new Object[] {
        s.personId(), row.icpId(), s.score(), s.fitValue(), s.engagement().value(), s.timing().value(), s.grade(), s.conversion(),
        db.json(row.explanation()), db.ts(s.computedAt()), row.hash()
      });
    }
    if (db.dialect() == Dialect.POSTGRESQL && rows.size() >= COPY_FROM) {
      // one statement per row costs a round trip each on PostgreSQL: COPY the rows into a
      // temporary table (emptied at commit), then upsert them all in one statement
      db.sql().sql("CREATE TEMP TABLE IF NOT EXISTS person_scores_in (LIKE person_scores) ON COMMIT DELETE ROWS").update();
      db.insert("person_scores_in", COLUMNS, rows);
      db.sql().sql("INSERT INTO person_scores (" + String.join(", ", COLUMNS) + ") SELECT " + String.join(", ", COLUMNS)
          + " FROM person_scores_in WHERE true" + UPSERT).update();
      db.sql().sql("DELETE FROM person_scores_in").update();
      return;
    }
    db.batch("INSERT INTO person_scores (" + String.join(", ", COLUMNS) + ") VALUES (" + marks(COLUMNS.size()) + ")" + UPSERT, rows);
  }

  private static final List<String> COLUMNS = List.of("person_id", "icp_id", "score", "fit", "engagement", "timing", "grade",
      "conversion", "explanation", "computed_at", "explanation_hash");
  private static final String UPSERT = " " + """
      ON CONFLICT (person_id) DO UPDATE SET icp_id = excluded.icp_id, score = excluded.score, fit = excluded.fit,
        engagement = excluded.engagement, timing = excluded.timing, grade = excluded.grade, conversion = excluded.conversion,
        explanation = excluded.explanation, computed_at = excluded.computed_at, explanation_hash = excluded.explanation_hash""";
  /** From this many rows, PostgreSQL gets them by COPY. */
  private static final int COPY_FROM = 200;

  @Override
  public Map<Long, Long> hashes(long[] ids) {
    Map<Long, Long> hashes = new HashMap<>();
    byIds(ids, "SELECT person_id, explanation_hash FROM person_scores WHERE ", (rs, n) -> hashes.put(rs.getLong(1), rs.getLong(2)));
    return hashes;
  }

  /**
   * Runs {@code select} (ending in WHERE) for these people (ascending ids): over their id range when
   * they are dense (a full rescore's chunk), else a batch of ids at a time (a company's staff,
   * the people an import updated, scattered over the base); rows of people not asked for are left out.
   */
  private void byIds(long[] ids, String select, org.springframework.jdbc.core.RowMapper<?> row) {
    if (ids.length == 0) {
      return;
    }
    long first = ids[0];
    long last = ids[ids.length - 1];
    if (last - first < 2L * ids.length) {
      java.util.Set<Long> wanted = new HashSet<>();
      for (long id : ids) {
        wanted.add(id);
      }
      db.sql().sql(select + "person_id BETWEEN ? AND ?").params(first, last).query((rs, n) -> {
        return wanted.contains(rs.getLong(1)) ? row.mapRow(rs, n) : null;
      }).list();
      return;
    }
    for (List<Long> part : io.vivier.storage.Batches.of(ids)) {
      db.sql().sql(select + "person_id IN (" + io.vivier.storage.Batches.marks(part.size()) + ")").params(part).query(row).list();
    }
  }

  private static final String SELECT = "SELECT person_id, grade, conversion, explanation, computed_at FROM person_scores";

  @Override
  public Optional<PersonScore> find(long personId) {
    return db.sql().sql(SELECT + " WHERE person_id = ?").param(personId).query(this::map).optional();
  }

  @Override
  public Map<Long, PersonScore> findAll(Collection<Long> personIds) {
    Map<Long, PersonScore> found = new HashMap<>();
    List<Long> ids = new ArrayList<>(new HashSet<>(personIds));
    for (int from = 0; from < ids.size(); from += IN_SIZE) {
      List<Long> part = ids.subList(from, Math.min(ids.size(), from + IN_SIZE));
      db.sql().sql(SELECT + " WHERE person_id IN (" + marks(part.size()) + ")").params(new ArrayList<Object>(part))
          .query(this::map).list().forEach(s -> found.put(s.personId(), s));
    }
    return found;
  }

  private PersonScore map(ResultSet rs, int row) throws SQLException {
    double conversion = rs.getDouble("conversion");
    return ScoreJson.read(rs.getLong("person_id"), rs.getString("explanation"), rs.getString("grade"),
        rs.wasNull() ? null : conversion, db.instant(rs, "computed_at"));
  }

  @Override
  public Set<Long> movedToMql(long[] ids) {
    Set<Long> moved = new HashSet<>();
    byIds(ids, "SELECT person_id FROM person_scores WHERE mql_at IS NOT NULL AND ", (rs, n) -> moved.add(rs.getLong(1)));
    return moved;
  }

  @Override
  public void markMovedToMql(Collection<Long> personIds, Instant at) {
    List<Object[]> rows = new ArrayList<>();
    for (Long id : personIds) {
      rows.add(new Object[] {db.ts(at), id});
    }
    db.batch("UPDATE person_scores SET mql_at = ? WHERE person_id = ?", rows);
  }

  @Override
  public Map<String, Long> countByGrade() {
    Map<String, Long> counts = new LinkedHashMap<>();
    db.sql().sql("SELECT grade, COUNT(*) AS n FROM person_scores GROUP BY grade ORDER BY grade")
        .query(rs -> {
          counts.put(rs.getString("grade"), rs.getLong("n"));
        });
    return counts;
  }

  @Override
  public void saveModel(StoredModel m) {
    db.sql()
        .sql(
            """
            INSERT INTO score_models (name, model, won, lost, auc, trained_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (name) DO UPDATE SET model = excluded.model, won = excluded.won, lost = excluded.lost,
              auc = excluded.auc, trained_at = excluded.trained_at""")
        .params(m.name(), db.json(m.model()), m.won(), m.lost(), m.auc(), db.ts(m.trainedAt()))
        .update();
  }

  @Override
  public Optional<StoredModel> model(String name) {
    return db.sql()
        .sql("SELECT name, model, won, lost, auc, trained_at FROM score_models WHERE name = ?")
        .param(name)
        .query((rs, n) -> new StoredModel(rs.getString("name"), rs.getString("model"), rs.getInt("won"), rs.getInt("lost"),
            rs.getDouble("auc"), db.instant(rs, "trained_at")))
        .optional();
  }

  private static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }
}
