package io.vivier.importing;

import io.vivier.storage.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Import batches, their change log, issues and mapping profiles in SQL. */
@Repository
class JdbcImportBatches implements ImportBatches {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<Map<String, String>>> ISSUES = new TypeReference<>() {};
  private static final TypeReference<List<String>> CELLS = new TypeReference<>() {};
  private static final TypeReference<Map<String, String>> MAPPING = new TypeReference<>() {};

  private final Database db;

  JdbcImportBatches(Database db) {
    this.db = db;
  }

  @Override
  public long start(ImportBatch b) {
    return db.sql()
        .sql(
            """
            INSERT INTO import_batches (file_name, file_size, format, source, policy, default_country, mapping,
              status, rows_total, created_by, started_at, heartbeat_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?, ?) RETURNING id""")
        .params(
            b.fileName(), b.fileSize(), b.format(), b.source(), b.policy().name(), b.defaultCountry(),
            db.json(b.mappingJson()), b.rowsTotal(), b.createdBy(), db.ts(b.startedAt()), db.ts(b.startedAt()))
        .query(Long.class)
        .single();
  }

  @Override
  public void progress(long id, ImportBatch.Counts c, long rowsDone, Instant at) {
    db.sql()
        .sql(
            """
            UPDATE import_batches SET created = created + ?, updated = updated + ?, merged = merged + ?,
              unchanged = unchanged + ?, rejected = rejected + ?, warnings = warnings + ?,
              companies_created = companies_created + ?, companies_updated = companies_updated + ?,
              rows_done = ?, heartbeat_at = ?
            WHERE id = ?""")
        .params(c.created(), c.updated(), c.merged(), c.unchanged(), c.rejected(), c.warnings(),
            c.companiesCreated(), c.companiesUpdated(), rowsDone, db.ts(at), id)
        .update();
  }

  @Override
  public void setTotal(long id, long rowsTotal) {
    db.sql().sql("UPDATE import_batches SET rows_total = ? WHERE id = ?").params(rowsTotal, id).update();
  }

  @Override
  public void finish(long id, ImportBatch.Status status, String error, Instant at) {
    db.sql()
        .sql("UPDATE import_batches SET status = ?, error = ?, finished_at = ?, heartbeat_at = ? WHERE id = ?")
        .params(status.name(), error, db.ts(at), db.ts(at), id)
        .update();
  }

  @Override
  public void markUndone(long id, String by, Instant at) {
    db.sql()
        .sql("UPDATE import_batches SET status = 'UNDONE', undone_at = ?, undone_by = ? WHERE id = ?")
        .params(db.ts(at), by, id)
        .update();
  }

  @Override
  public Optional<ImportBatch> find(long id) {
    return db.sql().sql("SELECT * FROM import_batches WHERE id = ?").param(id).query(this::map).optional();
  }

  @Override
  public List<ImportBatch> list(int limit) {
    return db.sql().sql("SELECT * FROM import_batches ORDER BY id DESC LIMIT ?").param(limit).query(this::map).list();
  }

  @Override
  public int failStale(Instant before) {
    return db.sql()
        .sql(
            """
            UPDATE import_batches SET status = 'FAILED', finished_at = heartbeat_at,
              error = 'stopped before the end (the process was killed or crashed); the rows counted were'
                || ' written, the others not: run the same file again to finish it'
            WHERE status = 'RUNNING' AND heartbeat_at < ?""")
        .param(db.ts(before))
        .update();
  }

  @Override
  public void recordChanges(long batchId, List<Change> changes) {
    if (changes.isEmpty()) {
      return;
    }
    List<Object[]> rows = new ArrayList<>(changes.size());
    for (Change c : changes) {
      rows.add(new Object[] {batchId, c.entity(), c.op(), c.firstId(), c.lastId(), c.version(), db.json(c.beforeJson())});
    }
    db.insert("import_changes", List.of("batch_id", "entity", "op", "first_id", "last_id", "version", "before"), rows);
  }

  @Override
  public void updateChangeVersions(long batchId, String entity, Map<Long, Long> versions) {
    List<Object[]> rows = new ArrayList<>(versions.size());
    versions.forEach((id, version) -> rows.add(new Object[] {version, batchId, entity, id}));
    db.batch("UPDATE import_changes SET version = ? WHERE batch_id = ? AND entity = ? AND op = 'update' AND first_id = ?", rows);
  }

  @Override
  public List<Change> changes(long batchId) {
    return db.sql()
        .sql("SELECT entity, op, first_id, last_id, version, before FROM import_changes WHERE batch_id = ? ORDER BY id DESC")
        .param(batchId)
        .query(
            (rs, n) ->
                new Change(
                    rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                    rs.getObject(5) == null ? null : rs.getLong(5), rs.getString(6)))
        .list();
  }

  @Override
  public List<Change> touched(long batchId) {
    return db.sql()
        .sql("SELECT entity, op, first_id, last_id FROM import_changes WHERE batch_id = ? ORDER BY id")
        .param(batchId)
        .query((rs, n) -> new Change(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), null, null))
        .list();
  }

  @Override
  public void recordIssues(long batchId, List<Issue> issues) {
    if (issues.isEmpty()) {
      return;
    }
    List<Object[]> rows = new ArrayList<>(issues.size());
    for (Issue issue : issues) {
      List<Map<String, String>> list = new ArrayList<>();
      for (RowIssue i : issue.issues()) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("column", i.column());
        m.put("value", i.value());
        m.put("reason", i.reason());
        list.add(m);
      }
      rows.add(new Object[] {
        batchId, issue.row(), db.dialect() == io.vivier.storage.Dialect.SQLITE ? (Object) (issue.rejected() ? 1 : 0) : issue.rejected(),
        db.json(JSON.writeValueAsString(list)), db.json(JSON.writeValueAsString(issue.cells()))
      });
    }
    db.insert("import_issues", List.of("batch_id", "row_no", "rejected", "issues", "cells"), rows);
  }

  @Override
  public void forEachIssue(long batchId, Consumer<Issue> consumer) {
    long after = -1;
    while (true) {
      List<Object[]> page =
          db.sql()
              .sql("SELECT id, row_no, rejected, issues, cells FROM import_issues WHERE batch_id = ? AND id > ? ORDER BY id LIMIT 1000")
              .params(batchId, after)
              .query((rs, n) -> new Object[] {rs.getLong(1), issue(rs)})
              .list();
      for (Object[] row : page) {
        consumer.accept((Issue) row[1]);
        after = (Long) row[0];
      }
      if (page.size() < 1000) {
        return;
      }
    }
  }

  private static Issue issue(ResultSet rs) throws SQLException {
    List<RowIssue> issues = new ArrayList<>();
    for (Map<String, String> m : JSON.readValue(rs.getString("issues"), ISSUES)) {
      issues.add(new RowIssue(m.get("column"), m.get("value"), m.get("reason")));
    }
    return new Issue(rs.getLong("row_no"), rs.getBoolean("rejected"), issues, JSON.readValue(rs.getString("cells"), CELLS));
  }

  @Override
  public void saveProfile(Profile p) {
    Object now = db.ts(p.updatedAt());
    String mapping = JSON.writeValueAsString(p.mapping());
    int updated =
        db.sql()
            .sql("UPDATE import_profiles SET mapping = ?, updated_at = ? WHERE name = ?")
            .params(db.json(mapping), now, p.name())
            .update();
    if (updated == 0) {
      db.sql()
          .sql("INSERT INTO import_profiles (name, mapping, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")
          .params(p.name(), db.json(mapping), p.createdBy(), now, now)
          .update();
    }
  }

  @Override
  public Optional<Profile> profile(String name) {
    return db.sql().sql("SELECT * FROM import_profiles WHERE name = ?").param(name).query(this::mapProfile).optional();
  }

  @Override
  public List<Profile> profiles() {
    return db.sql().sql("SELECT * FROM import_profiles ORDER BY name").query(this::mapProfile).list();
  }

  private Profile mapProfile(ResultSet rs, int n) throws SQLException {
    return new Profile(
        rs.getString("name"), JSON.readValue(rs.getString("mapping"), MAPPING), rs.getString("created_by"),
        db.instant(rs, "updated_at"));
  }

  private ImportBatch map(ResultSet rs, int n) throws SQLException {
    return new ImportBatch(
        rs.getLong("id"),
        rs.getString("file_name"),
        rs.getObject("file_size") == null ? null : rs.getLong("file_size"),
        rs.getString("format"),
        rs.getString("source"),
        ImportPolicy.valueOf(rs.getString("policy")),
        rs.getString("default_country"),
        rs.getString("mapping"),
        ImportBatch.Status.valueOf(rs.getString("status")),
        rs.getObject("rows_total") == null ? null : rs.getLong("rows_total"),
        rs.getLong("rows_done"),
        new ImportBatch.Counts(
            rs.getLong("rows_done"),
            rs.getLong("created"),
            rs.getLong("updated"),
            rs.getLong("merged"),
            rs.getLong("unchanged"),
            rs.getLong("rejected"),
            rs.getLong("warnings"),
            rs.getLong("companies_created"),
            rs.getLong("companies_updated")),
        rs.getString("error"),
        rs.getString("created_by"),
        db.instant(rs, "started_at"),
        db.instant(rs, "heartbeat_at"),
        db.instant(rs, "finished_at"),
        db.instant(rs, "undone_at"),
        rs.getString("undone_by"));
  }
}
