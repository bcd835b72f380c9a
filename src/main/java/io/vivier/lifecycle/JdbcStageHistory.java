package io.vivier.lifecycle;

import io.vivier.storage.Database;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Repository;

@Repository
class JdbcStageHistory implements StageHistory {

  private final Database db;

  JdbcStageHistory(Database db) {
    this.db = db;
  }

  @Override
  public StageChange record(long personId, Stage from, Stage to, Instant at, String by, String reason) {
    long id =
        db.sql()
            .sql(
                """
                INSERT INTO stage_history (person_id, from_stage, to_stage, changed_at, changed_by, reason)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
            .params(personId, from == null ? null : from.name(), to.name(), db.ts(at), by, reason)
            .query(Long.class)
            .single();
    return new StageChange(id, personId, from, to, at, by, reason);
  }

  @Override
  public void recordAll(List<StageChange> changes) {
    if (changes.isEmpty()) {
      return;
    }
    List<Object[]> rows = new java.util.ArrayList<>(changes.size());
    for (StageChange c : changes) {
      rows.add(new Object[] {
        c.personId(), c.from() == null ? null : c.from().name(), c.to().name(), db.ts(c.changedAt()), c.changedBy(), c.reason()
      });
    }
    db.insert("stage_history", List.of("person_id", "from_stage", "to_stage", "changed_at", "changed_by", "reason"), rows);
  }

  @Override
  public List<StageChange> of(long personId) {
    return db.sql()
        .sql(
            """
            SELECT id, person_id, from_stage, to_stage, changed_at, changed_by, reason
            FROM stage_history WHERE person_id = ? ORDER BY changed_at, id""")
        .param(personId)
        .query(
            (rs, n) ->
                new StageChange(
                    rs.getLong("id"),
                    rs.getLong("person_id"),
                    rs.getString("from_stage") == null ? null : Stage.valueOf(rs.getString("from_stage")),
                    Stage.valueOf(rs.getString("to_stage")),
                    db.instant(rs, "changed_at"),
                    rs.getString("changed_by"),
                    rs.getString("reason")))
        .list();
  }

  @Override
  public java.util.Map<Long, Instant> firstReached(java.util.Set<Stage> stages) {
    java.util.Map<Long, Instant> first = new java.util.HashMap<>();
    if (stages.isEmpty()) {
      return first;
    }
    List<Object> names = stages.stream().map(s -> (Object) s.name()).toList();
    db.sql()
        .sql("SELECT person_id, MIN(changed_at) AS changed_at FROM stage_history WHERE to_stage IN ("
            + String.join(", ", java.util.Collections.nCopies(names.size(), "?")) + ") GROUP BY person_id")
        .params(names)
        .query(rs -> {
          first.put(rs.getLong("person_id"), db.instant(rs, "changed_at"));
        });
    return first;
  }

  @Override
  public List<Long> reassign(long from, long to) {
    List<Long> moved = db.sql().sql("SELECT id FROM stage_history WHERE person_id = ? ORDER BY id").param(from).query(Long.class).list();
    db.sql().sql("UPDATE stage_history SET person_id = ? WHERE person_id = ?").params(to, from).update();
    return moved;
  }

  @Override
  public void assign(java.util.Collection<Long> ids, long person) {
    List<Object[]> rows = new java.util.ArrayList<>(ids.size());
    ids.forEach(id -> rows.add(new Object[] {person, id}));
    db.batch("UPDATE stage_history SET person_id = ? WHERE id = ?", rows);
  }
}
