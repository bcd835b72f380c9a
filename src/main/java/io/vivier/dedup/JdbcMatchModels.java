package io.vivier.dedup;

import io.vivier.storage.Database;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Match models in SQL. */
@Repository
class JdbcMatchModels implements MatchModels {

  private final Database db;

  JdbcMatchModels(Database db) {
    this.db = db;
  }

  @Override
  public void save(Saved model) {
    db.sql()
        .sql("""
            INSERT INTO match_models (entity, model, records, fitted_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (entity) DO UPDATE SET model = excluded.model, records = excluded.records, fitted_at = excluded.fitted_at""")
        .params(model.entity(), db.json(model.json()), model.records(), db.ts(model.fittedAt()))
        .update();
  }

  @Override
  public Optional<Saved> find(String entity) {
    return db.sql().sql("SELECT entity, model, records, fitted_at FROM match_models WHERE entity = ?")
        .param(entity)
        .query((rs, n) -> new Saved(rs.getString(1), rs.getString(2), rs.getLong(3), db.instant(rs, "fitted_at")))
        .optional();
  }

  @Override
  public Optional<Instant> fittedAt(String entity) {
    return db.sql().sql("SELECT fitted_at FROM match_models WHERE entity = ?")
        .param(entity)
        .query((rs, n) -> db.instant(rs, "fitted_at"))
        .optional();
  }
}
