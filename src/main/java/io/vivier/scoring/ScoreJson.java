package io.vivier.scoring;

import io.vivier.storage.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A score's explanation as stored (compact: each item as {@code [kind, label, hundredths]}, a
 * million of them are written by a full rescore) and as shown by the API and the CLI.
 */
final class ScoreJson {

  private ScoreJson() {}

  /** The stored explanation of a score, written by hand: a full rescore writes a million. */
  static String write(PersonScore s) {
    StringBuilder json = new StringBuilder(512);
    json.append("{\"icp\":");
    string(json, s.icp());
    json.append(",\"fit_note\":");
    string(json, s.fitNote());
    part(json, "score", s.combined());
    part(json, "fit", s.fit());
    part(json, "engagement", s.engagement());
    part(json, "timing", s.timing());
    return json.append('}').toString();
  }

  private static void part(StringBuilder json, String name, ScorePart part) {
    json.append(",\"").append(name).append("\":");
    if (part == null) {
      json.append("null");
      return;
    }
    json.append('[');
    for (int i = 0; i < part.items().size(); i++) {
      ScoreItem item = part.items().get(i);
      json.append(i == 0 ? "[" : ",[");
      string(json, item.kind());
      json.append(',');
      string(json, item.label());
      json.append(',').append(item.centiPoints()).append(']');
    }
    json.append(']');
  }

  private static void string(StringBuilder json, String text) {
    if (text == null) {
      json.append("null");
      return;
    }
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }

  /** A score ready to store, with a 64-bit FNV-1a hash of everything stored but the time it was computed. */
  static PersonScores.Row row(PersonScore s, Long icpId) {
    String explanation = write(s);
    long hash = 0xcbf29ce484222325L;
    String key = explanation + '|' + icpId + '|' + s.conversion();
    for (int i = 0; i < key.length(); i++) {
      hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
    }
    return new PersonScores.Row(s, icpId, explanation, hash);
  }

  /** Reads back what {@link #write} wrote, with the columns stored beside it. */
  static PersonScore read(long personId, String json, String grade, Double conversion, Instant computedAt) {
    Map<String, Object> map = Json.readMap(json);
    return new PersonScore(personId, part(map.get("score")), part(map.get("fit")), part(map.get("engagement")),
        part(map.get("timing")), grade, (String) map.get("icp"), (String) map.get("fit_note"), conversion, computedAt);
  }

  private static ScorePart part(Object raw) {
    if (raw == null) {
      return null;
    }
    List<ScoreItem> items = new ArrayList<>();
    long total = 0;
    for (Object entry : (List<?>) raw) {
      List<?> item = (List<?>) entry;
      long centis = ((Number) item.get(2)).longValue();
      items.add(new ScoreItem((String) item.get(0), (String) item.get(1), centis));
      total += centis;
    }
    return new ScorePart((int) (total / 100), items);
  }

  /** A score as the API and {@code vivier score --json} show it. */
  static Map<String, Object> api(PersonScore s) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("person_id", s.personId());
    json.put("score", s.score());
    json.put("grade", s.grade());
    json.put("fit", s.fitValue());
    json.put("engagement", s.engagement().value());
    json.put("timing", s.timing().value());
    json.put("icp", s.icp());
    json.put("fit_note", s.fitNote());
    json.put("conversion_probability", s.conversion());
    json.put("computed_at", s.computedAt() == null ? null : s.computedAt().toString());
    Map<String, Object> explanation = new LinkedHashMap<>();
    explanation.put("score", items(s.combined()));
    explanation.put("fit", items(s.fit()));
    explanation.put("engagement", items(s.engagement()));
    explanation.put("timing", items(s.timing()));
    json.put("explanation", explanation);
    return json;
  }

  static List<Map<String, Object>> items(ScorePart part) {
    if (part == null) {
      return null;
    }
    List<Map<String, Object>> items = new ArrayList<>();
    for (ScoreItem item : part.items()) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("kind", item.kind());
      line.put("label", item.label());
      line.put("points", item.points());
      items.add(line);
    }
    return items;
  }
}
