package io.vivier.storage;

import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** JSON columns to and from Java values (lists of strings, attribute maps). */
public final class Json {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final TypeReference<List<String>> LIST = new TypeReference<>() {};
  private static final TypeReference<List<Map<String, Object>>> MAPS = new TypeReference<>() {};

  private Json() {}

  public static String write(Object value) {
    return value == null ? null : MAPPER.writeValueAsString(value);
  }

  public static Map<String, Object> readMap(String json) {
    return json == null || json.isBlank() || json.equals("{}") ? Map.of() : MAPPER.readValue(json, MAP);
  }

  public static List<String> readList(String json) {
    return json == null || json.isBlank() ? null : MAPPER.readValue(json, LIST);
  }

  /** A JSON array of objects. */
  public static List<Map<String, Object>> readMaps(String json) {
    return json == null || json.isBlank() ? List.of() : MAPPER.readValue(json, MAPS);
  }
}
