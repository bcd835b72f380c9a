package io.vivier.prospect;

import io.vivier.storage.Batches;
import io.vivier.storage.Database;
import io.vivier.storage.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.function.Function;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL shared by the people and companies tables: one column per canonical field (the owner as
 * a user id), the derived columns kept for matching and search, timestamps and a version. Column
 * names come from the field definitions, never from input.
 */
final class JdbcRecordTable<F extends Enum<F> & Field> {

  private final Database db;
  private final String table;
  private final Class<F> fields;

  JdbcRecordTable(Database db, String table, Class<F> fields) {
    this.db = db;
    this.table = table;
    this.fields = fields;
    this.stored = java.util.Arrays.stream(fields.getEnumConstants()).filter(f -> !f.computed()).toList();
  }

  /** The fields written to this table: all but the computed ones. */
  private final List<F> stored;

  /** Inserts a record at version 1; returns its id. */
  long insert(Map<F, Object> values, Map<String, Object> derived, Instant now) {
    List<String> columns = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    for (F field : stored) {
      columns.add(field.column());
      placeholders.add(placeholder(field));
      params.add(bind(field, values.get(field)));
    }
    derived.forEach((column, value) -> {
      columns.add(column);
      placeholders.add("?");
      params.add(value);
    });
    columns.addAll(List.of("created_at", "updated_at", "version"));
    placeholders.addAll(List.of("?", "?", "1"));
    params.add(db.ts(now));
    params.add(db.ts(now));
    return db.sql()
        .sql("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
            + String.join(", ", placeholders) + ") RETURNING id")
        .params(params)
        .query(Long.class)
        .single();
  }

  /** Writes every field if the record is still at {@code expectedVersion}; true when it was. */
  boolean update(long id, long expectedVersion, Map<F, Object> values, Map<String, Object> derived, Instant now) {
    List<String> sets = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    for (F field : stored) {
      sets.add(field.column() + " = " + placeholder(field));
      params.add(bind(field, values.get(field)));
    }
    derived.forEach((column, value) -> {
      sets.add(column + " = ?");
      params.add(value);
    });
    sets.add("updated_at = ?");
    params.add(db.ts(now));
    sets.add("version = version + 1");
    params.add(id);
    params.add(expectedVersion);
    return db.sql()
            .sql("UPDATE " + table + " SET " + String.join(", ", sets) + " WHERE id = ? AND version = ?")
            .params(params)
            .update()
        == 1;
  }

  /**
   * Inserts records at version 1 with the given ids (from {@link Database#allocateIds}) in one
   * bulk write ({@link Database#insert}: COPY on PostgreSQL). {@code derived} gives the derived
   * columns of each record, in the same order for all.
   */
  void insertAll(long[] ids, List<Map<F, Object>> rows, Function<Map<F, Object>, Map<String, Object>> derived, Instant now) {
    if (rows.isEmpty()) {
      return;
    }
    List<String> derivedColumns = List.copyOf(derived.apply(rows.get(0)).keySet());
    List<String> columns = new ArrayList<>(List.of("id"));
    List<F> all = stored;
    for (F field : all) {
      columns.add(field.column());
    }
    columns.addAll(derivedColumns);
    columns.addAll(List.of("created_at", "updated_at", "version"));
    Map<String, Long> owners = ownerIds(rows);
    Object ts = db.ts(now);
    List<Object[]> batch = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Map<F, Object> values = rows.get(i);
      Object[] params = new Object[columns.size()];
      int p = 0;
      params[p++] = ids[i];
      for (F field : all) {
        Object value = values.get(field);
        params[p++] = field.kind() == FieldKind.OWNER ? (value == null ? null : owners.get(value.toString())) : bind(field, value);
      }
      Map<String, Object> d = derived.apply(values);
      for (String column : derivedColumns) {
        params[p++] = d.get(column);
      }
      params[p++] = ts;
      params[p++] = ts;
      params[p] = 1L;
      batch.add(params);
    }
    db.insert(table, columns, batch);
  }

  /**
   * Inserts a record again as it was: its id, values, version and creation and change times
   * ({@code more} for other timestamp columns, such as the last activity).
   */
  void restore(long id, Map<F, Object> values, Map<String, Object> derived, long version, Instant createdAt, Instant updatedAt,
      Map<String, Instant> more) {
    insertAll(new long[] {id}, List.of(values), v -> derived, createdAt);
    StringBuilder sql = new StringBuilder("UPDATE " + table + " SET version = ?, created_at = ?, updated_at = ?");
    List<Object> params = new ArrayList<>(List.of(version, db.ts(createdAt), db.ts(updatedAt)));
    more.forEach((column, at) -> {
      sql.append(", ").append(column).append(" = ?");
      params.add(db.ts(at));
    });
    params.add(id);
    db.sql().sql(sql + " WHERE id = ?").params(params).update();
  }

  /** The user id of each owner username the rows name (an unknown username has none: no owner). */
  private Map<String, Long> ownerIds(List<Map<F, Object>> rows) {
    java.util.Set<String> usernames = new java.util.HashSet<>();
    for (Map<F, Object> values : rows) {
      for (F field : fields.getEnumConstants()) {
        if (field.kind() == FieldKind.OWNER && values.get(field) != null) {
          usernames.add(values.get(field).toString());
        }
      }
    }
    Map<String, Long> ids = new java.util.HashMap<>();
    for (List<String> part : Batches.of(usernames)) {
      db.sql()
          .sql("SELECT username, id FROM users WHERE username IN (" + Batches.marks(part.size()) + ")")
          .params(part)
          .query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2)))
          .list();
    }
    return ids;
  }

  /**
   * Writes every field of each record and bumps its version, as one JDBC batch; the caller holds
   * the rows (read with {@link Database#forUpdate}) so no version check is needed.
   */
  void updateAll(Map<Long, Map<F, Object>> rows, Function<Map<F, Object>, Map<String, Object>> derived, Instant now) {
    if (rows.isEmpty()) {
      return;
    }
    List<String> derivedColumns = List.copyOf(derived.apply(rows.values().iterator().next()).keySet());
    List<String> sets = new ArrayList<>();
    for (F field : stored) {
      sets.add(field.column() + " = " + placeholder(field));
    }
    for (String column : derivedColumns) {
      sets.add(column + " = ?");
    }
    sets.add("updated_at = ?");
    sets.add("version = version + 1");
    Object ts = db.ts(now);
    List<Object[]> batch = new ArrayList<>(rows.size());
    rows.forEach(
        (id, values) -> {
          List<Object> params = new ArrayList<>(sets.size() + 1);
          for (F field : stored) {
            params.add(bind(field, values.get(field)));
          }
          Map<String, Object> d = derived.apply(values);
          for (String column : derivedColumns) {
            params.add(d.get(column));
          }
          params.add(ts);
          params.add(id);
          batch.add(params.toArray());
        });
    db.batch("UPDATE " + table + " SET " + String.join(", ", sets) + " WHERE id = ?", batch);
  }

  /** Deletes the records with these ids; returns how many were there. */
  int deleteAll(Collection<Long> ids) {
    int deleted = 0;
    for (List<Long> part : Batches.of(ids)) {
      deleted += db.sql().sql("DELETE FROM " + table + " WHERE id IN (" + Batches.marks(part.size()) + ")").params(part).update();
    }
    return deleted;
  }

  /**
   * The records with these ids, read with {@code select} (whose table alias is {@code alias});
   * with {@code forUpdate} they are locked first (PostgreSQL).
   */
  <R> List<R> findAll(Collection<Long> ids, boolean forUpdate, String select, String alias,
      org.springframework.jdbc.core.RowMapper<R> mapper) {
    List<R> found = new ArrayList<>(ids.size());
    for (List<Long> part : Batches.of(new java.util.LinkedHashSet<>(ids))) {
      String in = " IN (" + Batches.marks(part.size()) + ")";
      if (forUpdate && !db.forUpdate().isEmpty()) {
        db.sql().sql("SELECT id FROM " + table + " WHERE id" + in + db.forUpdate()).params(part).query(Long.class).list();
      }
      found.addAll(db.sql().sql(select + " WHERE " + alias + ".id" + in).params(part).query(mapper).list());
    }
    return found;
  }

  /** Inserts records with new ids (see {@link #insertAll(long[], List, Function, Instant)}); returns the ids. */
  long[] insertAll(List<Map<F, Object>> rows, Function<Map<F, Object>, Map<String, Object>> derived, Instant now) {
    long[] ids = db.allocateIds(table, rows.size());
    insertAll(ids, rows, derived, now);
    return ids;
  }

  /** The current version of each of these records that still exists. */
  Map<Long, Long> versions(Collection<Long> ids) {
    Map<Long, Long> versions = new java.util.HashMap<>();
    for (List<Long> part : Batches.of(new java.util.LinkedHashSet<>(ids))) {
      db.sql()
          .sql("SELECT id, version FROM " + table + " WHERE id IN (" + Batches.marks(part.size()) + ")")
          .params(part)
          .query((rs, n) -> versions.put(rs.getLong(1), rs.getLong(2)))
          .list();
    }
    return versions;
  }

  boolean delete(long id) {
    return db.sql().sql("DELETE FROM " + table + " WHERE id = ?").param(id).update() == 1;
  }

  /** The field values of the current row; the owner's username is read from {@code owner_username}. */
  Map<F, Object> read(ResultSet rs) throws SQLException {
    Map<F, Object> values = new EnumMap<>(fields);
    for (F field : fields.getEnumConstants()) {
      Object value =
          switch (field.kind()) {
            case OWNER -> rs.getString("owner_username");
            case INTEGER, COMPANY -> {
              long number = rs.getLong(field.column());
              yield rs.wasNull() ? null : number;
            }
            case TAGS -> Json.readList(rs.getString(field.column()));
            case ATTRIBUTES -> {
              Map<String, Object> attributes = Json.readMap(rs.getString(field.column()));
              yield attributes.isEmpty() ? null : attributes;
            }
            default -> rs.getString(field.column());
          };
      if (value != null) {
        values.put(field, value);
      }
    }
    return values;
  }

  /** The folded values that are there, separated by spaces: the text a search matches. */
  static String searchText(Object... values) {
    StringBuilder text = new StringBuilder(128);
    for (Object value : values) {
      if (value != null) {
        if (text.length() > 0) {
          text.append(' ');
        }
        text.append(io.vivier.quality.Text.fold(value.toString()));
      }
    }
    return text.toString();
  }

  private static String placeholder(Field field) {
    return field.kind() == FieldKind.OWNER ? "(SELECT id FROM users WHERE username = ?)" : "?";
  }

  private Object bind(Field field, Object value) {
    if (value == null) {
      return field.kind() == FieldKind.ATTRIBUTES ? db.json("{}") : null;
    }
    return switch (field.kind()) {
      case TAGS, ATTRIBUTES -> db.json(Json.write(value));
      default -> value;
    };
  }
}
