package io.vivier.prospect;

import io.vivier.storage.Database;
import io.vivier.storage.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
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
  }

  /** Inserts a record at version 1; returns its id. */
  long insert(Map<F, Object> values, Map<String, Object> derived, Instant now) {
    List<String> columns = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    for (F field : fields.getEnumConstants()) {
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
    for (F field : fields.getEnumConstants()) {
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
            case INTEGER, COMPANY -> rs.getObject(field.column()) == null ? null : rs.getLong(field.column());
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
