package io.vivier.segment;

import io.vivier.storage.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Saved segments and static lists in SQL. */
@Repository
class JdbcSavedSegments {

  private static final String LISTS =
      "SELECT l.*, (SELECT COUNT(*) FROM list_members m WHERE m.list_id = l.id) AS size FROM lists l";
  private static final int BATCH = 500;

  private final Database db;

  JdbcSavedSegments(Database db) {
    this.db = db;
  }

  // --- segments

  List<SavedSegment> segments() {
    return db.sql().sql("SELECT * FROM segments ORDER BY name").query(this::mapSegment).list();
  }

  Optional<SavedSegment> segment(long id) {
    return db.sql().sql("SELECT * FROM segments WHERE id = ?").param(id).query(this::mapSegment).optional();
  }

  Optional<SavedSegment> segment(String name) {
    return db.sql().sql("SELECT * FROM segments WHERE name = ?").param(name).query(this::mapSegment).optional();
  }

  List<String> segmentNames() {
    return db.sql().sql("SELECT name FROM segments").query(String.class).list();
  }

  SavedSegment insertSegment(String name, String filter, String actor, Instant now) {
    long id = db.sql()
        .sql("INSERT INTO segments (name, filter, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id")
        .params(name, filter, actor, db.ts(now), db.ts(now))
        .query(Long.class)
        .single();
    return segment(id).orElseThrow();
  }

  void updateSegment(long id, String name, String filter, Instant now) {
    db.sql().sql("UPDATE segments SET name = ?, filter = ?, updated_at = ? WHERE id = ?").params(name, filter, db.ts(now), id).update();
  }

  void deleteSegment(long id) {
    db.sql().sql("DELETE FROM segments WHERE id = ?").param(id).update();
  }

  private SavedSegment mapSegment(ResultSet rs, int row) throws SQLException {
    return new SavedSegment(rs.getLong("id"), rs.getString("name"), rs.getString("filter"), rs.getString("created_by"),
        db.instant(rs, "created_at"), db.instant(rs, "updated_at"));
  }

  // --- lists

  List<StaticList> lists() {
    return db.sql().sql(LISTS + " ORDER BY l.name").query(this::mapList).list();
  }

  Optional<StaticList> list(long id) {
    return db.sql().sql(LISTS + " WHERE l.id = ?").param(id).query(this::mapList).optional();
  }

  Optional<StaticList> list(String name) {
    return db.sql().sql(LISTS + " WHERE l.name = ?").param(name).query(this::mapList).optional();
  }

  List<String> listNames() {
    return db.sql().sql("SELECT name FROM lists").query(String.class).list();
  }

  Optional<Long> listId(String name) {
    return db.sql().sql("SELECT id FROM lists WHERE name = ?").param(name).query(Long.class).optional();
  }

  StaticList insertList(String name, String actor, Instant now) {
    long id = db.sql()
        .sql("INSERT INTO lists (name, created_by, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id")
        .params(name, actor, db.ts(now), db.ts(now))
        .query(Long.class)
        .single();
    return list(id).orElseThrow();
  }

  void deleteList(long id) {
    db.sql().sql("DELETE FROM list_members WHERE list_id = ?").param(id).update();
    db.sql().sql("DELETE FROM lists WHERE id = ?").param(id).update();
  }

  /** The lists a person is in, by id. */
  List<Long> listsOf(long personId) {
    return db.sql().sql("SELECT list_id FROM list_members WHERE person_id = ? ORDER BY list_id").param(personId).query(Long.class).list();
  }

  /**
   * Puts {@code to} in these lists of {@code from}'s, with the date and author of {@code from}'s
   * membership (or, where {@code from} is no longer in one, {@code now} and {@code actor}).
   */
  void copyMemberships(long from, long to, Collection<Long> listIds, Instant now, String actor) {
    for (long list : listIds) {
      int copied = db.sql()
          .sql("INSERT INTO list_members (list_id, person_id, added_at, added_by) SELECT list_id, ?, added_at, added_by"
              + " FROM list_members WHERE list_id = ? AND person_id = ? ON CONFLICT DO NOTHING")
          .params(to, list, from)
          .update();
      if (copied == 0) {
        db.sql().sql("INSERT INTO list_members (list_id, person_id, added_at, added_by) SELECT id, ?, ?, ? FROM lists WHERE id = ?"
                + " ON CONFLICT DO NOTHING")
            .params(to, db.ts(now), actor, list)
            .update();
      }
    }
  }

  /** Takes a person out of these lists. */
  void leave(long personId, Collection<Long> listIds) {
    for (long list : listIds) {
      db.sql().sql("DELETE FROM list_members WHERE list_id = ? AND person_id = ?").params(list, personId).update();
    }
  }

  /** Adds the people with these ids that exist and are not in the list yet; returns how many. */
  int add(long listId, Collection<Long> personIds, String actor, Instant now) {
    int added = 0;
    for (List<Long> part : parts(personIds)) {
      List<Object> params = new ArrayList<>(List.of(listId, db.ts(now), actor));
      params.addAll(part);
      added += db.sql()
          .sql("INSERT INTO list_members (list_id, person_id, added_at, added_by) SELECT ?, p.id, ?, ? FROM people p WHERE p.id IN ("
              + marks(part.size()) + ") ON CONFLICT DO NOTHING")
          .params(params)
          .update();
    }
    touch(listId, now);
    return added;
  }

  /** Adds the people a compiled filter matches now; returns how many were not in the list yet. */
  int add(long listId, SqlCondition where, String actor, Instant now) {
    List<Object> params = new ArrayList<>(List.of(listId, db.ts(now), actor));
    params.addAll(where.params());
    int added = JdbcConnections.client(db, sql -> sql
        .sql("INSERT INTO list_members (list_id, person_id, added_at, added_by) SELECT ?, f.person_id, ?, ?"
            + JdbcSegmentQueries.from(where) + " WHERE " + where.sql() + " ON CONFLICT DO NOTHING")
        .params(params)
        .update());
    touch(listId, now);
    return added;
  }

  int remove(long listId, Collection<Long> personIds, Instant now) {
    int removed = 0;
    for (List<Long> part : parts(personIds)) {
      List<Object> params = new ArrayList<>(List.of(listId));
      params.addAll(part);
      removed += db.sql()
          .sql("DELETE FROM list_members WHERE list_id = ? AND person_id IN (" + marks(part.size()) + ")")
          .params(params)
          .update();
    }
    touch(listId, now);
    return removed;
  }

  /** Up to {@code limit} member ids above {@code afterId}, in id order. */
  List<Long> members(long listId, long afterId, int limit) {
    return db.sql()
        .sql("SELECT person_id FROM list_members WHERE list_id = ? AND person_id > ? ORDER BY person_id LIMIT ?")
        .params(listId, afterId, limit)
        .query(Long.class)
        .list();
  }

  private void touch(long listId, Instant now) {
    db.sql().sql("UPDATE lists SET updated_at = ? WHERE id = ?").params(db.ts(now), listId).update();
  }

  private StaticList mapList(ResultSet rs, int row) throws SQLException {
    return new StaticList(rs.getLong("id"), rs.getString("name"), rs.getLong("size"), rs.getString("created_by"),
        db.instant(rs, "created_at"), db.instant(rs, "updated_at"));
  }

  private static List<List<Long>> parts(Collection<Long> ids) {
    List<Long> all = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
    List<List<Long>> parts = new ArrayList<>();
    for (int i = 0; i < all.size(); i += BATCH) {
      parts.add(all.subList(i, Math.min(all.size(), i + BATCH)));
    }
    return parts;
  }

  private static String marks(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }
}
