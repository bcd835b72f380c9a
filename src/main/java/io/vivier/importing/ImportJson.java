package io.vivier.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Imports as JSON, the same for the REST API and the CLI's {@code --json}: snake_case keys. */
public final class ImportJson {

  private ImportJson() {}

  public static List<Map<String, Object>> mapping(List<ColumnMapping> mapping) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (ColumnMapping m : mapping) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("column", m.column() + 1);
      item.put("header", m.header());
      item.put("target", m.targetName());
      item.put("reason", m.reason());
      list.add(item);
    }
    return list;
  }

  public static Map<String, Object> result(ImportResult r) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("batch", r.batch());
    body.put("dry_run", r.dryRun());
    body.put("file", r.fileName());
    body.put("description", r.description());
    counts(body, r.counts());
    body.put("seconds", Math.round(r.elapsed().toMillis() / 100.0) / 10.0);
    body.put("rows_per_second", Math.round(r.rowsPerSecond()));
    body.put("mapping", mapping(r.mapping()));
    body.put("issues", r.sampleIssues().stream().map(ImportJson::issue).toList());
    return body;
  }

  public static Map<String, Object> issue(ImportBatches.Issue issue) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("row", issue.row());
    item.put("rejected", issue.rejected());
    item.put("issues", issue.issues().stream().map(i -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("column", i.column());
      m.put("value", i.value());
      m.put("reason", i.reason());
      return m;
    }).toList());
    return item;
  }

  private static void counts(Map<String, Object> body, ImportBatch.Counts c) {
    body.put("read", c.read());
    body.put("created", c.created());
    body.put("updated", c.updated());
    body.put("merged", c.merged());
    body.put("unchanged", c.unchanged());
    body.put("rejected", c.rejected());
    body.put("warnings", c.warnings());
    body.put("companies_created", c.companiesCreated());
    body.put("companies_updated", c.companiesUpdated());
  }

  public static Map<String, Object> batch(ImportBatch b) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("batch", b.id());
    body.put("status", b.status().name().toLowerCase(Locale.ROOT));
    body.put("file", b.fileName());
    body.put("format", b.format());
    body.put("source", b.source());
    body.put("policy", b.policy().name().toLowerCase(Locale.ROOT));
    body.put("rows_total", b.rowsTotal());
    body.put("rows_done", b.rowsDone());
    body.put("progress", b.rowsTotal() == null || b.rowsTotal() == 0 ? null : Math.min(1.0, (double) b.rowsDone() / b.rowsTotal()));
    counts(body, b.counts());
    body.put("error", b.error());
    body.put("created_by", b.createdBy());
    body.put("started_at", String.valueOf(b.startedAt()));
    body.put("finished_at", b.finishedAt() == null ? null : b.finishedAt().toString());
    body.put("undone_at", b.undoneAt() == null ? null : b.undoneAt().toString());
    body.put("report_url", "/api/v1/imports/" + b.id() + "/report");
    return body;
  }
}
