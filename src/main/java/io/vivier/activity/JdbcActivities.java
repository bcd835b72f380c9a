package io.vivier.activity;

import io.vivier.storage.Batches;
import io.vivier.storage.Database;
import io.vivier.storage.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Repository;

@Repository
class JdbcActivities implements Activities {

  private final Database db;

  JdbcActivities(Database db) {
    this.db = db;
  }

  @Override
  public Activity insert(Activity a) {
    long id =
        db.sql()
            .sql(
                """
                INSERT INTO activities (person_id, type, occurred_at, subject, body, outcome, duration_seconds,
                                        created_by, created_at, metadata)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
            .params(
                a.personId(),
                a.type().name(),
                db.ts(a.occurredAt()),
                a.subject(),
                a.body(),
                a.outcome() == null ? null : a.outcome().name(),
                a.durationSeconds(),
                a.createdBy(),
                db.ts(a.createdAt()),
                db.json(Json.write(a.metadata())))
            .query(Long.class)
            .single();
    return new Activity(
        id, a.personId(), a.type(), a.occurredAt(), a.subject(), a.body(), a.outcome(), a.durationSeconds(),
        a.createdBy(), a.createdAt(), a.metadata());
  }

  @Override
  public List<Activity> of(long personId, Long beforeId, int limit) {
    // keyset on (occurred_at, id): activities may be logged out of time order
    String sql =
        beforeId == null
            ? "SELECT * FROM activities WHERE person_id = ? ORDER BY occurred_at DESC, id DESC LIMIT ?"
            : """
              SELECT a.* FROM activities a, activities b
              WHERE a.person_id = ? AND b.id = ?
                AND (a.occurred_at < b.occurred_at OR (a.occurred_at = b.occurred_at AND a.id < b.id))
              ORDER BY a.occurred_at DESC, a.id DESC LIMIT ?""";
    var statement = db.sql().sql(sql);
    statement = beforeId == null ? statement.params(personId, limit) : statement.params(personId, beforeId, limit);
    return statement.query(this::map).list();
  }

  private static final String FOR_SCORING = "SELECT id, person_id, type, occurred_at, subject, outcome, metadata FROM activities";

  @Override
  public List<Activity> ofPeople(long firstPersonId, long lastPersonId) {
    return db.sql()
        .sql(FOR_SCORING + " WHERE person_id BETWEEN ? AND ? ORDER BY person_id, occurred_at, id")
        .params(firstPersonId, lastPersonId)
        .query(this::mapForScoring)
        .list();
  }

  @Override
  public List<Activity> ofPeople(long[] personIds) {
    List<Activity> found = new ArrayList<>();
    for (List<Long> part : Batches.of(personIds)) {
      found.addAll(db.sql()
          .sql(FOR_SCORING + " WHERE person_id IN (" + Batches.marks(part.size()) + ") ORDER BY person_id, occurred_at, id")
          .params(part)
          .query(this::mapForScoring)
          .list());
    }
    return found;
  }

  private Activity mapForScoring(ResultSet rs, int row) throws SQLException {
    String outcome = rs.getString("outcome");
    return new Activity(rs.getLong("id"), rs.getLong("person_id"), ActivityType.valueOf(rs.getString("type")),
        db.instant(rs, "occurred_at"), rs.getString("subject"), null, outcome == null ? null : CallOutcome.valueOf(outcome),
        null, null, null, Json.readMap(rs.getString("metadata")));
  }

  private Activity map(ResultSet rs, int row) throws SQLException {
    String outcome = rs.getString("outcome");
    Integer duration = rs.getObject("duration_seconds") == null ? null : rs.getInt("duration_seconds");
    return new Activity(
        rs.getLong("id"),
        rs.getLong("person_id"),
        ActivityType.valueOf(rs.getString("type")),
        db.instant(rs, "occurred_at"),
        rs.getString("subject"),
        rs.getString("body"),
        outcome == null ? null : CallOutcome.valueOf(outcome),
        duration,
        rs.getString("created_by"),
        db.instant(rs, "created_at"),
        Json.readMap(rs.getString("metadata")));
  }

  @Override
  public List<Long> reassign(long from, long to) {
    List<Long> moved = db.sql().sql("SELECT id FROM activities WHERE person_id = ? ORDER BY id").param(from).query(Long.class).list();
    db.sql().sql("UPDATE activities SET person_id = ? WHERE person_id = ?").params(to, from).update();
    return moved;
  }

  @Override
  public void assign(java.util.Collection<Long> ids, long person) {
    List<Object[]> rows = new java.util.ArrayList<>(ids.size());
    ids.forEach(id -> rows.add(new Object[] {person, id}));
    db.batch("UPDATE activities SET person_id = ? WHERE id = ?", rows);
  }
}
