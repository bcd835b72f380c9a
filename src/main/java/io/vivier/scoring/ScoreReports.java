package io.vivier.scoring;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reports of scoring as JSON, for the API and the CLI alike. */
public final class ScoreReports {

  private ScoreReports() {}

  public static Map<String, Object> json(ScoreService.Report r) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("people", r.people());
    json.put("moved_to_mql", r.movedToMql());
    json.put("icp", r.icp());
    json.put("fit_note", r.fitNote());
    json.put("model_auc", r.modelAuc());
    json.put("grades", r.grades());
    json.put("millis", r.millis());
    json.put("rules_millis", r.rulesMillis());
    json.put("write_millis", r.writeMillis());
    json.put("wait_millis", r.waitMillis());
    return json;
  }

  public static Map<String, Object> json(ScoreService.TrainingReport r) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("trained", r.trained());
    json.put("won", r.won());
    json.put("lost", r.lost());
    json.put("auc", r.auc() == null || r.auc().isNaN() ? null : r.auc());
    json.put("message", r.message());
    json.put("strongest_features", r.strongest());
    return json;
  }

  public static Map<String, Object> json(PersonScores.StoredModel m) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("trained", true);
    json.put("won", m.won());
    json.put("lost", m.lost());
    json.put("auc", m.auc());
    json.put("trained_at", m.trainedAt().toString());
    return json;
  }

  public static Map<String, Object> json(PersonScore s) {
    return ScoreJson.api(s);
  }

  public static Map<String, Object> json(Icp icp) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", icp.id());
    json.put("name", icp.name());
    json.put("description", icp.description());
    json.put("default", icp.isDefault());
    json.put("max_points", icp.maxPositivePoints());
    json.put("rules", icp.rules().stream().map(r -> {
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("name", r.name());
      rule.put("filter", r.filter());
      rule.put("points", r.points());
      return rule;
    }).toList());
    json.put("updated_by", icp.updatedBy());
    json.put("updated_at", icp.updatedAt().toString());
    return json;
  }
}
