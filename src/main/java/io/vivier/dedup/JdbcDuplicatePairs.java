package io.vivier.dedup;

import io.vivier.storage.Database;
import io.vivier.storage.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** The review queue in SQL. */
@Repository
class JdbcDuplicatePairs implements DuplicatePairs {

  private static final String SELECT = "SELECT id, entity, left_id, right_id, probability, weight, explanation, status, found_by, found_at,"
      + " decided_by, decided_at, merge_id FROM duplicate_pairs";

  private final Database db;

  JdbcDuplicatePairs(Database db) {
    this.db = db;
  }

  @Override
  public int propose(Collection<DuplicatePair.Proposal> proposals, String foundBy, Instant at) {
    List<Object[]> rows = new ArrayList<>(proposals.size());
    for (DuplicatePair.Proposal p : proposals) {
      if (p.a() == p.b()) {
        continue;
      }
      rows.add(new Object[] {p.entity(), Math.min(p.a(), p.b()), Math.max(p.a(), p.b()), p.probability(), p.weight(),
          db.json(Json.write(p.explanation())), foundBy, db.ts(at)});
    }
    return db.batch("""
        INSERT INTO duplicate_pairs (entity, left_id, right_id, probability, weight, explanation, status, found_by, found_at)
        VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)
        ON CONFLICT (entity, left_id, right_id) DO UPDATE SET probability = excluded.probability, weight = excluded.weight,
          explanation = excluded.explanation, status = 'pending', found_by = excluded.found_by, found_at = excluded.found_at
        WHERE duplicate_pairs.status IN ('pending', 'obsolete')""", rows);
  }

  @Override
  public Optional<DuplicatePair> find(long id) {
    return db.sql().sql(SELECT + " WHERE id = ?").param(id).query(this::map).optional();
  }

  @Override
  public List<DuplicatePair> pending(String entity, int limit) {
    return db.sql().sql(SELECT + " WHERE entity = ? AND status = 'pending' ORDER BY probability DESC, id LIMIT ?")
        .params(entity, limit).query(this::map).list();
  }

  @Override
  public long countPending(String entity) {
    return db.sql().sql("SELECT COUNT(*) FROM duplicate_pairs WHERE entity = ? AND status = 'pending'").param(entity).query(Long.class).single();
  }

  @Override
  public boolean decide(long id, DuplicatePair.Status status, String by, Instant at, Long mergeId) {
    return db.sql()
        .sql("UPDATE duplicate_pairs SET status = ?, decided_by = ?, decided_at = ?, merge_id = ? WHERE id = ? AND status = 'pending'")
        .params(status.name().toLowerCase(Locale.ROOT), by, db.ts(at), mergeId, id)
        .update() == 1;
  }

  @Override
  public int obsolete(String entity, Collection<Long> recordIds, Instant at) {
    int changed = 0;
    for (Long id : recordIds) {
      changed += db.sql()
          .sql("UPDATE duplicate_pairs SET status = 'obsolete', decided_at = ? WHERE entity = ? AND status = 'pending'"
              + " AND (left_id = ? OR right_id = ?)")
          .params(db.ts(at), entity, id, id)
          .update();
    }
    return changed;
  }

  private DuplicatePair map(ResultSet rs, int row) throws SQLException {
    long merge = rs.getLong("merge_id");
    Long mergeId = rs.wasNull() ? null : merge;
    return new DuplicatePair(
        rs.getLong("id"),
        rs.getString("entity"),
        rs.getLong("left_id"),
        rs.getLong("right_id"),
        rs.getDouble("probability"),
        rs.getDouble("weight"),
        Json.readMaps(rs.getString("explanation")),
        DuplicatePair.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
        rs.getString("found_by"),
        db.instant(rs, "found_at"),
        rs.getString("decided_by"),
        db.instant(rs, "decided_at"),
        mergeId);
  }
}
