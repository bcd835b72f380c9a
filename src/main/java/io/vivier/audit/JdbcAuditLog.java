package io.vivier.audit;

import io.vivier.storage.Database;
import io.vivier.storage.Json;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAuditLog implements AuditLog {

  private final Database db;
  private final Clock clock;

  JdbcAuditLog(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public void record(String actor, String action, String entityType, Long entityId, Map<String, ?> changes) {
    db.sql()
        .sql(
            """
            INSERT INTO audit_log (at, actor, action, entity_type, entity_id, changes)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(db.ts(clock.instant()), actor, action, entityType, entityId, db.json(Json.write(changes)))
        .update();
  }

  @Override
  public List<AuditEntry> of(String entityType, Long entityId, Long beforeId, int limit) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT id, at, actor, action, entity_type, entity_id, changes FROM audit_log WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (entityType != null) {
      sql.append(" AND entity_type = ?");
      params.add(entityType);
    }
    if (entityId != null) {
      sql.append(" AND entity_id = ?");
      params.add(entityId);
    }
    if (beforeId != null) {
      sql.append(" AND id < ?");
      params.add(beforeId);
    }
    sql.append(" ORDER BY id DESC LIMIT ?");
    params.add(limit);
    return db.sql()
        .sql(sql.toString())
        .params(params)
        .query(
            (rs, n) ->
                new AuditEntry(
                    rs.getLong("id"),
                    db.instant(rs, "at"),
                    rs.getString("actor"),
                    rs.getString("action"),
                    rs.getString("entity_type"),
                    rs.getObject("entity_id") == null ? null : rs.getLong("entity_id"),
                    Json.readMap(rs.getString("changes"))))
        .list();
  }
}
