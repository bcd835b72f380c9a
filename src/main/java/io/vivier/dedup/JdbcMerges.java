package io.vivier.dedup;

import io.vivier.storage.Database;
import io.vivier.storage.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Merges in SQL. */
@Repository
class JdbcMerges implements Merges {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SELECT = "SELECT id, entity, survivor_id, merged_ids, before, decisions, moved, survivor_version, reason,"
      + " merged_by, merged_at, undone_by, undone_at FROM merges";

  private final Database db;

  JdbcMerges(Database db) {
    this.db = db;
  }

  @Override
  public Merge insert(Merge m) {
    long id = db.sql()
        .sql("INSERT INTO merges (entity, survivor_id, merged_ids, before, decisions, moved, survivor_version, reason, merged_by, merged_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
        .params(m.entity(), m.survivorId(), db.json(Json.write(m.mergedIds())), db.json(m.beforeJson()), db.json(Json.write(m.decisions())),
            db.json(Json.write(m.moved())), m.survivorVersion(), m.reason(), m.mergedBy(), db.ts(m.mergedAt()))
        .query(Long.class)
        .single();
    return find(id).orElseThrow();
  }

  @Override
  public Optional<Merge> find(long id) {
    return db.sql().sql(SELECT + " WHERE id = ?").param(id).query(this::map).optional();
  }

  @Override
  public List<Merge> list(String entity, int limit) {
    return entity == null
        ? db.sql().sql(SELECT + " ORDER BY id DESC LIMIT ?").param(limit).query(this::map).list()
        : db.sql().sql(SELECT + " WHERE entity = ? ORDER BY id DESC LIMIT ?").params(entity, limit).query(this::map).list();
  }

  @Override
  public void markUndone(long id, String by, Instant at) {
    db.sql().sql("UPDATE merges SET undone_by = ?, undone_at = ? WHERE id = ?").params(by, db.ts(at), id).update();
  }

  private Merge map(ResultSet rs, int row) throws SQLException {
    List<Long> merged = new ArrayList<>();
    for (Number n : JSON.readValue(rs.getString("merged_ids"), new TypeReference<List<Number>>() {})) {
      merged.add(n.longValue());
    }
    Map<String, Map<String, List<Long>>> moved = new LinkedHashMap<>();
    JSON.readValue(rs.getString("moved"), new TypeReference<Map<String, Map<String, List<Number>>>>() {})
        .forEach((kind, byRecord) -> {
          Map<String, List<Long>> ids = new LinkedHashMap<>();
          byRecord.forEach((record, list) -> ids.put(record, list.stream().map(Number::longValue).toList()));
          moved.put(kind, ids);
        });
    return new Merge(
        rs.getLong("id"),
        rs.getString("entity"),
        rs.getLong("survivor_id"),
        merged,
        rs.getString("before"),
        JSON.readValue(rs.getString("decisions"), new TypeReference<List<Map<String, Object>>>() {}),
        moved,
        rs.getLong("survivor_version"),
        rs.getString("reason"),
        rs.getString("merged_by"),
        db.instant(rs, "merged_at"),
        rs.getString("undone_by"),
        db.instant(rs, "undone_at"));
  }
}
