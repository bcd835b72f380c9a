package io.vivier.scoring;

import io.vivier.storage.Database;
import io.vivier.storage.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;

@Repository
class JdbcIcps implements Icps {

  private final Database db;

  JdbcIcps(Database db) {
    this.db = db;
  }

  @Override
  public List<Icp> list() {
    return db.sql().sql("SELECT * FROM icps ORDER BY name").query(this::map).list();
  }

  @Override
  public Optional<Icp> find(String name) {
    return db.sql().sql("SELECT * FROM icps WHERE name = ?").param(name).query(this::map).optional();
  }

  @Override
  public Optional<Icp> findDefault() {
    return db.sql().sql("SELECT * FROM icps WHERE is_default = ?").param(true).query(this::map).optional();
  }

  @Override
  public Icp save(Icp icp) {
    if (icp.isDefault()) {
      db.sql().sql("UPDATE icps SET is_default = ? WHERE is_default = ? AND name <> ?").params(false, true, icp.name()).update();
    }
    db.sql()
        .sql(
            """
            INSERT INTO icps (name, description, is_default, rules, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (name) DO UPDATE SET description = excluded.description, is_default = excluded.is_default,
              rules = excluded.rules, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
        .params(icp.name(), icp.description(), icp.isDefault(), db.json(Json.write(rules(icp.rules()))), icp.updatedBy(),
            db.ts(icp.updatedAt()))
        .update();
    return find(icp.name()).orElseThrow();
  }

  @Override
  public boolean delete(String name) {
    return db.sql().sql("DELETE FROM icps WHERE name = ?").param(name).update() > 0;
  }

  private static List<Map<String, Object>> rules(List<IcpRule> rules) {
    return rules.stream().map(r -> {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("name", r.name());
      json.put("filter", r.filter());
      json.put("points", r.points());
      return json;
    }).toList();
  }

  private Icp map(ResultSet rs, int row) throws SQLException {
    List<IcpRule> rules = Json.readMaps(rs.getString("rules")).stream()
        .map(r -> new IcpRule((String) r.get("name"), (String) r.get("filter"), ((Number) r.get("points")).intValue()))
        .toList();
    return new Icp(rs.getLong("id"), rs.getString("name"), rs.getString("description"), rs.getBoolean("is_default"), rules,
        rs.getString("updated_by"), db.instant(rs, "updated_at"));
  }
}
